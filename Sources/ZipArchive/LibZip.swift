import CLibZip
import Foundation

// Every libzip call lives in this file. Errors go through one funnel (`zipFailure`) that reads
// the archive's own zip_error_t, never a global. Each zip_t has one owner; a writer's close is a
// throwing, consuming call, so its error cannot be lost.

/// Builds a `ZipError` from a libzip error structure.
private func zipFailure(_ function: String, _ path: String, _ error: UnsafeMutablePointer<zip_error_t>?) -> ZipError {
    let message = error.flatMap { zip_error_strerror($0) }.map { String(cString: $0) } ?? "unknown libzip error"
    return ZipError(function: function, path: path, message: message)
}

private func openError(_ function: String, _ path: String, code: Int32) -> ZipError {
    var error = zip_error_t()
    zip_error_init_with_code(&error, code)
    defer { zip_error_fini(&error) }
    return zipFailure(function, path, &error)
}

/// A malloc'd copy of `bytes` for libzip to own and free (sources created with `freep = 1`).
private func copyForLibzip(_ bytes: [UInt8], _ function: String, _ path: String) throws(ZipError) -> UnsafeMutableRawPointer {
    guard let copy = malloc(max(bytes.count, 1)) else { throw ZipError(function: function, path: path, message: "out of memory") }
    bytes.withUnsafeBytes { if !bytes.isEmpty { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) } }
    return copy
}

/// The modification time written for every entry. DOS times carry no zone, and libzip converts
/// with `localtime`; the local offset is applied here so that the stored time is the UTC time,
/// whatever `TZ` the run has: the same inputs give the same bytes on every machine.
private func dosLocalTime(forUTC seconds: Int64) -> time_t {
    var utc = time_t(seconds)
    var fields = tm()
    gmtime_r(&utc, &fields)
    fields.tm_isdst = -1
    return mktime(&fields)
}

/// Writes a new ZIP archive. Entries are compressed when the archive is closed.
public struct ZipWriter: ~Copyable {
    private let archive: OpaquePointer
    public let path: String
    private var closed = false
    /// Archives whose compressed entries are copied at close; they must stay open until then.
    private var sources: [ZipReader] = []

    /// Creates (or truncates) the archive at `path`.
    public init(path: String) throws(ZipError) {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw openError("zip_open", path, code: code)
        }
        self.archive = archive
        self.path = path
    }

    deinit {
        // Only reached without close(): nothing is written.
        if !closed { zip_discard(archive) }
    }

    /// Adds an entry with the given bytes, deflated (level 6), as a regular file with mode 0644.
    /// - Parameter modified: seconds since 1970, UTC.
    public mutating func add(_ name: String, bytes: [UInt8], modified: Int64, compress: Bool = true) throws(ZipError) {
        // libzip reads the buffer when the archive is closed, so it gets its own copy to free.
        let copy = try copyForLibzip(bytes, "zip_source_buffer(\(name))", path)
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
            free(copy)
            throw zipFailure("zip_source_buffer", path, zip_get_error(archive))
        }
        let index = try place(source, name: name)
        try configure(index, name: name, modified: modified, compress: compress)
    }

    /// Adds an entry whose bytes libzip reads from the file at `source` when the archive is
    /// closed (nothing is held in memory). The file must not change until then.
    public mutating func addFile(_ name: String, from source: String, modified: Int64, compress: Bool = true) throws(ZipError) {
        guard let file = zip_source_file(archive, source, 0, -1) else {
            throw zipFailure("zip_source_file(\(source))", path, zip_get_error(archive))
        }
        let index = try place(file, name: name)
        try configure(index, name: name, modified: modified, compress: compress)
    }

    /// Adds entry `entry` of `reader` under `name`, copying its compressed data as it is: an entry
    /// deflated ahead of time (on another core, say) is not compressed again.
    public mutating func addCompressed(_ name: String, from reader: ZipReader, entry: ZipEntry, modified: Int64) throws(ZipError) {
        guard let source = reader.compressedSource(entry, into: archive) else {
            throw zipFailure("zip_source_zip(\(reader.path))", path, zip_get_error(archive))
        }
        let index = try place(source, name: name)
        sources.append(reader)
        try stamp(index, name: name, modified: modified)
    }

    /// Adds `source` as entry `name`; on failure the source is freed here, since the archive did not take it.
    private func place(_ source: OpaquePointer, name: String) throws(ZipError) -> zip_uint64_t {
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw zipFailure("zip_file_add(\(name))", path, zip_get_error(archive))
        }
        return zip_uint64_t(index)
    }

    private func configure(_ entry: zip_uint64_t, name: String, modified: Int64, compress: Bool) throws(ZipError) {
        let method = compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, entry, method, compress ? 6 : 0) == 0 else {
            throw zipFailure("zip_set_file_compression(\(name))", path, zip_get_error(archive))
        }
        try stamp(entry, name: name, modified: modified)
    }

    /// Modification time (DOS local time of the UTC instant) and Unix mode 0644, the same for every entry.
    private func stamp(_ entry: zip_uint64_t, name: String, modified: Int64) throws(ZipError) {
        guard zip_file_set_mtime(archive, entry, dosLocalTime(forUTC: modified), 0) == 0,
            zip_file_set_external_attributes(archive, entry, 0, zip_uint8_t(ZIP_OPSYS_UNIX), 0o100644 << 16) == 0
        else { throw zipFailure("zip_set_file_*(\(name))", path, zip_get_error(archive)) }
    }

    /// Compresses and writes every entry. Consumes the writer: an archive is closed once, and its
    /// error is thrown, never dropped.
    public consuming func close() throws(ZipError) {
        closed = true
        if zip_close(archive) != 0 {
            let error = zipFailure("zip_close", path, zip_get_error(archive))
            zip_discard(archive)
            throw error
        }
    }
}

/// One entry of an archive being read.
public struct ZipEntry: Sendable, Hashable {
    public var index: Int
    public var name: String
    /// The uncompressed size the archive declares; never trusted for allocation.
    public var declaredSize: UInt64
    /// The compressed size the archive declares, for the expansion ratio a read allows.
    public var compressedSize: UInt64 = 0
    /// How it is compressed (`ZIP_CM_DEFLATE` is 8), and its CRC-32; nil when not read from the archive.
    public var method: Int32?
    public var crc: UInt32?

    public init(index: Int, name: String, declaredSize: UInt64, compressedSize: UInt64 = 0, method: Int32? = nil, crc: UInt32? = nil) {
        (self.index, self.name, self.declaredSize, self.compressedSize, self.method, self.crc) = (
            index, name, declaredSize, compressedSize, method, crc
        )
    }
}

/// Reads a ZIP archive from a file or from bytes in memory (an archive nested in another).
public final class ZipReader {
    private let archive: OpaquePointer
    public let path: String

    /// Opens `path` read-only, checking the archive's consistency (every local header against the
    /// central directory) unless `checked` is off: for an archive opened again, by another thread,
    /// after one reader checked it (the check reads the whole archive's headers).
    public init(path: String, checked: Bool = true) throws(ZipError) {
        var code: Int32 = 0
        // Opened from a descriptor: libzip then asks the open file for its size (fstat), where from
        // a path it would look the path up again for every entry read (a million, in a package).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ZipError(function: "open", path: path, message: String(cString: strerror(errno))) }
        guard let archive = zip_fdopen(descriptor, checked ? ZIP_CHECKCONS : 0, &code) else {
            close(descriptor)
            throw openError("zip_fdopen", path, code: code)
        }
        self.archive = archive
        self.path = path
    }

    /// Opens an archive held in memory; `name` is how errors call it.
    public init(bytes: [UInt8], name: String) throws(ZipError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = try copyForLibzip(bytes, "zip_source_buffer_create", name)
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw zipFailure("zip_source_buffer_create", name, &error)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw zipFailure("zip_open_from_source", name, &error)
        }
        self.archive = archive
        self.path = name
    }

    deinit { zip_discard(archive) }

    /// ISA-L's inflater, made on first use and used again for every entry (a reader is one thread's).
    private lazy var inflater = Inflater()

    /// A deflated entry: its compressed bytes as libzip finds them (`ZIP_FL_COMPRESSED`), inflated
    /// by ISA-L (several times zlib's speed) and checked against the declared size and CRC-32, as
    /// libzip would (`Inflater`).
    private func inflated(_ entry: ZipEntry, crc: UInt32) throws -> [UInt8] {
        try inflater.inflate(try compressedBytes(entry), declaredSize: entry.declaredSize, crc: crc, name: entry.name, path: path)
    }

    /// A deflated entry's bytes as stored, for an `Inflater` to inflate (`Inflater.contents`); nil
    /// for an entry that is not deflated, or whose CRC the archive does not give (read it with
    /// `contents`). Checked against the limits first.
    public func deflated(_ entry: ZipEntry, limit: UInt64, ratio: UInt64? = nil) throws -> [UInt8]? {
        guard entry.method == ZIP_CM_DEFLATE, entry.crc != nil else { return nil }
        var entry = entry
        if entry.name.isEmpty, let name = zip_get_name(archive, zip_uint64_t(entry.index), 0) { entry.name = String(cString: name) }
        try checkDeclared(entry, limit: limit, ratio: ratio)
        return try compressedBytes(entry)
    }

    private func compressedBytes(_ entry: ZipEntry) throws -> [UInt8] {
        guard entry.compressedSize < UInt64(Int32.max), let file = zip_fopen_index(archive, zip_uint64_t(entry.index), zip_flags_t(ZIP_FL_COMPRESSED))
        else {
            throw zipFailure("zip_fopen_index(\(entry.name))", path, zip_get_error(archive))
        }
        defer { zip_fclose(file) }
        let compressed = Int(entry.compressedSize)
        var read = 0
        let input = try [UInt8](unsafeUninitializedCapacity: max(compressed, 1)) { buffer, count in
            defer { count = read }
            while read < compressed {
                let got = zip_fread(file, buffer.baseAddress! + read, zip_uint64_t(compressed - read))
                if got < 0 { throw zipFailure("zip_fread(\(entry.name))", path, zip_file_get_error(file)) }
                if got == 0 { break }
                read += Int(got)
            }
        }
        guard read == compressed else {
            throw ZipError(function: "zip_fread(\(entry.name))", path: path, message: "entry \(entry.name) holds \(read) compressed bytes, not \(compressed)")
        }
        return input
    }

    /// A source reading `entry`'s compressed bytes, for another archive to copy.
    fileprivate func compressedSource(_ entry: ZipEntry, into other: OpaquePointer) -> OpaquePointer? {
        zip_source_zip(other, archive, zip_uint64_t(entry.index), zip_flags_t(ZIP_FL_COMPRESSED), 0, -1)
    }

    /// Every entry, in archive order.
    public func entries() throws(ZipError) -> [ZipEntry] {
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw zipFailure("zip_get_num_entries", path, zip_get_error(archive)) }
        var entries: [ZipEntry] = []
        for index in 0..<count {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else {
                throw zipFailure("zip_stat_index", path, zip_get_error(archive))
            }
            let name = stat.name.map { String(cString: $0) } ?? ""
            let hasMethod = stat.valid & zip_uint64_t(ZIP_STAT_COMP_METHOD) != 0
            let hasCRC = stat.valid & zip_uint64_t(ZIP_STAT_CRC) != 0
            entries.append(
                ZipEntry(
                    index: Int(index), name: name, declaredSize: stat.size, compressedSize: stat.comp_size,
                    method: hasMethod ? Int32(stat.comp_method) : nil, crc: hasCRC ? stat.crc : nil))
        }
        return entries
    }

    /// Streams an entry's bytes to `body` in chunks, checking libzip's CRC at the end; stops with
    /// an error past `limit` bytes, whatever size the archive declares, and, with `ratio`, once
    /// past a megabyte at more than `ratio` times the entry's compressed size (a ZIP bomb: real
    /// tables compress a few times, a gigabyte of zeros a thousand).
    public func read(_ entry: ZipEntry, limit: UInt64, ratio: UInt64? = nil, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        // What the archive declares is checked first, so an honest bomb costs nothing; the bytes
        // read are checked as they come, so a lying one costs at most the limits.
        try checkDeclared(entry, limit: limit, ratio: ratio)
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw zipFailure("zip_fopen_index(\(entry.name))", path, zip_get_error(archive))
        }
        defer { zip_fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total: UInt64 = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
            if count < 0 { throw zipFailure("zip_fread(\(entry.name))", path, zip_file_get_error(file)) }
            if count == 0 { break }
            total += UInt64(count)
            if total > limit {
                throw ZipError(function: "zip_fread(\(entry.name))", path: path, message: "entry \(entry.name) is larger than \(limit) bytes")
            }
            if let ratio, total > 1 << 20, total / max(entry.compressedSize, 1) > ratio {
                throw ZipError(
                    function: "zip_fread(\(entry.name))", path: path,
                    message: "entry \(entry.name) expands more than \(ratio) times its compressed size (\(entry.compressedSize) bytes)")
            }
            try buffer.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<Int(count)])) }
        }
        // An archive whose headers agree with each other can still lie about what an entry holds.
        if total != entry.declaredSize {
            throw ZipError(
                function: "zip_fread(\(entry.name))", path: path, message: "entry \(entry.name) declares \(entry.declaredSize) bytes but holds \(total)")
        }
    }

    private func checkDeclared(_ entry: ZipEntry, limit: UInt64, ratio: UInt64?) throws(ZipError) {
        if entry.declaredSize > limit {
            throw ZipError(
                function: "zip_stat_index(\(entry.name))", path: path, message: "entry \(entry.name) declares \(entry.declaredSize) bytes, more than \(limit)")
        }
        if let ratio, entry.declaredSize > 1 << 20, entry.declaredSize / max(entry.compressedSize, 1) > ratio {
            throw ZipError(
                function: "zip_stat_index(\(entry.name))", path: path,
                message: "entry \(entry.name) expands more than \(ratio) times its compressed size (\(entry.declaredSize) bytes from \(entry.compressedSize))")
        }
    }

    /// An entry read piece by piece, by whoever pulls (`ZipEntryStream.fill`), within the same
    /// limits as `read`: a table of a million rows is never whole in memory.
    public func stream(_ entry: ZipEntry, limit: UInt64, ratio: UInt64? = nil) throws -> ZipEntryStream {
        var entry = entry
        if entry.name.isEmpty, let name = zip_get_name(archive, zip_uint64_t(entry.index), 0) { entry.name = String(cString: name) }
        try checkDeclared(entry, limit: limit, ratio: ratio)
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw zipFailure("zip_fopen_index(\(entry.name))", path, zip_get_error(archive))
        }
        return ZipEntryStream(reader: self, file: file, entry: entry, limit: limit, ratio: ratio)
    }

    /// An entry's whole content (bounded by `limit`), read straight into an array of the size the
    /// archive declares (a member of a package is read a million times: no buffer between).
    public func contents(_ entry: ZipEntry, limit: UInt64, ratio: UInt64? = nil) throws -> [UInt8] {
        // An entry may come without its name (a package's million members are listed once, their
        // names kept elsewhere): the archive's own, for the messages.
        var entry = entry
        if entry.name.isEmpty, let name = zip_get_name(archive, zip_uint64_t(entry.index), 0) { entry.name = String(cString: name) }
        try checkDeclared(entry, limit: limit, ratio: ratio)
        if entry.method == ZIP_CM_DEFLATE, let crc = entry.crc { return try inflated(entry, crc: crc) }
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw zipFailure("zip_fopen_index(\(entry.name))", path, zip_get_error(archive))
        }
        defer { zip_fclose(file) }
        // One byte more than declared, so that an entry holding more is caught, never read past.
        let capacity = Int(entry.declaredSize) + 1
        var total = 0
        let bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            defer { count = total }
            while total < capacity {
                let read = zip_fread(file, buffer.baseAddress! + total, zip_uint64_t(capacity - total))
                if read < 0 { throw zipFailure("zip_fread(\(entry.name))", path, zip_file_get_error(file)) }
                if read == 0 { break }
                total += Int(read)
            }
        }
        if UInt64(total) != entry.declaredSize {
            throw ZipError(
                function: "zip_fread(\(entry.name))", path: path,
                message: "entry \(entry.name) declares \(entry.declaredSize) bytes but holds \(total > Int(entry.declaredSize) ? "more" : "\(total)")")
        }
        return bytes
    }
}

/// One entry being read piece by piece (`ZipReader.stream`): holds its archive open while it lives.
/// libzip checks the CRC at the end; the size and expansion are checked here as bytes come.
public final class ZipEntryStream {
    private let reader: ZipReader
    private let file: OpaquePointer
    private let entry: ZipEntry
    private let limit: UInt64
    private let ratio: UInt64?
    private var total: UInt64 = 0

    fileprivate init(reader: ZipReader, file: OpaquePointer, entry: ZipEntry, limit: UInt64, ratio: UInt64?) {
        (self.reader, self.file, self.entry, self.limit, self.ratio) = (reader, file, entry, limit, ratio)
    }

    deinit { zip_fclose(file) }

    /// Writes the entry's next bytes into `space`; 0 at its end.
    public func fill(_ space: UnsafeMutableBufferPointer<UInt8>) throws(ZipError) -> Int {
        var count = 0
        while count < space.count {
            let got = zip_fread(file, space.baseAddress! + count, zip_uint64_t(space.count - count))
            if got < 0 { throw zipFailure("zip_fread(\(entry.name))", reader.path, zip_file_get_error(file)) }
            if got == 0 { break }
            count += Int(got)
            total += UInt64(got)
            if total > limit {
                throw ZipError(function: "zip_fread(\(entry.name))", path: reader.path, message: "entry \(entry.name) is larger than \(limit) bytes")
            }
            if let ratio, total > 1 << 20, total / max(entry.compressedSize, 1) > ratio {
                throw ZipError(
                    function: "zip_fread(\(entry.name))", path: reader.path,
                    message: "entry \(entry.name) expands more than \(ratio) times its compressed size (\(entry.compressedSize) bytes)")
            }
        }
        if count == 0, total != entry.declaredSize {
            throw ZipError(
                function: "zip_fread(\(entry.name))", path: reader.path, message: "entry \(entry.name) declares \(entry.declaredSize) bytes but holds \(total)")
        }
        return count
    }
}
