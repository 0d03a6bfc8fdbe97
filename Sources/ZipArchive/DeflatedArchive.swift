import CISAL
import Foundation

// ISA-L's igzip lives in this file: large files are deflated by it, several times faster than
// zlib at a compression close to zlib's level 6, into a small archive that `ZipReader` opens and
// `ZipWriter.addCompressed` copies from as it is. The archive is written here, by hand: libzip
// cannot be handed data that is already compressed except from another archive.

/// Writes a ZIP archive of files deflated with ISA-L (level 2): each file is read once, in 1 MiB
/// pieces, hashed (CRC-32) and deflated as it goes, so memory stays flat whatever the size.
///
/// Only the classic format is written: an archive that would need ZIP64 (a file, its compressed
/// data or the archive reaching 4 GiB) is refused with an error, and the caller compresses those
/// files some other way. Entries carry no time (libzip stamps the copy in the final archive).
public enum DeflatedArchive {
    /// The compression level: ISA-L's 2 deflates CSV at about 500 MB/s per core to about 27.5% of its
    /// size, where zlib's 6 reaches 26% at about 50 MB/s (measured on the benchmark's sales.csv).
    static let level: UInt32 = 2
    private static let pieceSize = 1 << 20
    private static let classicLimit = UInt64(UInt32.max)

    /// Writes `files` (entry name, path of the file) to a new archive at `path`.
    public static func write(_ files: [(name: String, source: String)], to path: String) throws(ZipError) {
        guard let output = fopen(path, "wb") else { throw failure("fopen", path, errno) }
        var entries: [CentralEntry] = []
        do {
            for (name, source) in files {
                entries.append(try writeEntry(name: name, source: source, to: output, archive: path))
            }
            try writeCentralDirectory(entries, to: output, archive: path)
        } catch {
            fclose(output)
            unlink(path)
            throw error
        }
        guard fclose(output) == 0 else {
            unlink(path)
            throw failure("fclose", path, errno)
        }
    }

    /// What the central directory repeats of each entry.
    private struct CentralEntry {
        var name: [UInt8]
        var crc: UInt32
        var compressedSize: UInt64
        var size: UInt64
        var offset: UInt64
    }

    private static func writeEntry(name: String, source: String, to output: UnsafeMutablePointer<FILE>, archive: String) throws(ZipError) -> CentralEntry {
        let nameBytes = Array(name.utf8)
        let offset = try position(output, archive: archive)
        // The local header's CRC and sizes are known only at the end: written as zeros, then again.
        try put(localHeader(nameBytes, crc: 0, compressedSize: 0, size: 0), to: output, archive: archive)
        guard let input = fopen(source, "rb") else { throw failure("fopen", source, errno) }
        defer { fclose(input) }

        let levelBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Int(immex_isal_level2_buffer_size))
        let inBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: pieceSize)
        let outBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: pieceSize)
        defer {
            levelBuffer.deallocate()
            inBuffer.deallocate()
            outBuffer.deallocate()
        }
        var stream = isal_zstream()
        isal_deflate_init(&stream)
        stream.level = level
        stream.level_buf = levelBuffer
        stream.level_buf_size = immex_isal_level2_buffer_size
        stream.gzip_flag = UInt16(IGZIP_DEFLATE)
        stream.flush = UInt16(NO_FLUSH)

        var crc: UInt32 = 0
        var size: UInt64 = 0
        var compressedSize: UInt64 = 0
        var finished = false
        while !finished {
            let count = fread(inBuffer, 1, pieceSize, input)
            if count < pieceSize, ferror(input) != 0 { throw failure("fread", source, errno) }
            finished = count < pieceSize
            crc = crc32_gzip_refl(crc, inBuffer, UInt64(count))
            size += UInt64(count)
            stream.next_in = inBuffer
            stream.avail_in = UInt32(count)
            stream.end_of_stream = finished ? 1 : 0
            // Drain: until the piece is taken in (and, at the end, the stream is closed).
            repeat {
                stream.next_out = outBuffer
                stream.avail_out = UInt32(pieceSize)
                guard isal_deflate(&stream) == COMP_OK else {
                    throw ZipError(function: "isal_deflate", path: source, message: "ISA-L could not deflate the file")
                }
                let produced = pieceSize - Int(stream.avail_out)
                if produced > 0 {
                    guard fwrite(outBuffer, 1, produced, output) == produced else { throw failure("fwrite", archive, errno) }
                    compressedSize += UInt64(produced)
                }
            } while stream.avail_in > 0 || stream.avail_out == 0 || (finished && stream.internal_state.state != ZSTATE_END)
        }
        let end = try position(output, archive: archive)
        guard size < classicLimit, compressedSize < classicLimit, end < classicLimit else {
            throw ZipError(function: "DeflatedArchive", path: source, message: "the file needs ZIP64, which this writer does not produce")
        }
        guard fseeko(output, off_t(offset), SEEK_SET) == 0 else { throw failure("fseeko", archive, errno) }
        try put(localHeader(nameBytes, crc: crc, compressedSize: compressedSize, size: size), to: output, archive: archive)
        guard fseeko(output, off_t(end), SEEK_SET) == 0 else { throw failure("fseeko", archive, errno) }
        return CentralEntry(name: nameBytes, crc: crc, compressedSize: compressedSize, size: size, offset: offset)
    }

    private static func writeCentralDirectory(_ entries: [CentralEntry], to output: UnsafeMutablePointer<FILE>, archive: String) throws(ZipError) {
        let start = try position(output, archive: archive)
        var directory = LittleEndianBytes()
        for entry in entries {
            directory.u32(0x0201_4B50)
            directory.u16(0x031E)  // made by: Unix, version 3.0
            directory.u16(20)  // needed: 2.0 (deflate)
            directory.u16(0x0800)  // the name is UTF-8
            directory.u16(8)  // deflate
            directory.u16(0)
            directory.u16(0x21)  // time 00:00, date 1980-01-01: libzip stamps the copies
            directory.u32(entry.crc)
            directory.u32(UInt32(entry.compressedSize))
            directory.u32(UInt32(entry.size))
            directory.u16(UInt16(entry.name.count))
            directory.u16(0)
            directory.u16(0)  // name, extra, comment
            directory.u16(0)
            directory.u16(0)  // disk, internal attributes
            directory.u32(0o100644 << 16)  // regular file, rw-r--r--
            directory.u32(UInt32(entry.offset))
            directory.bytes += entry.name
        }
        let size = UInt64(directory.bytes.count)
        guard start + size < classicLimit, entries.count < 0xFFFF else {
            throw ZipError(function: "DeflatedArchive", path: archive, message: "the archive needs ZIP64, which this writer does not produce")
        }
        directory.u32(0x0605_4B50)
        directory.u16(0)
        directory.u16(0)
        directory.u16(UInt16(entries.count))
        directory.u16(UInt16(entries.count))
        directory.u32(UInt32(size))
        directory.u32(UInt32(start))
        directory.u16(0)
        try put(directory.bytes, to: output, archive: archive)
    }

    private static func localHeader(_ name: [UInt8], crc: UInt32, compressedSize: UInt64, size: UInt64) -> [UInt8] {
        var header = LittleEndianBytes()
        header.u32(0x0403_4B50)
        header.u16(20)
        header.u16(0x0800)
        header.u16(8)
        header.u16(0)
        header.u16(0x21)
        header.u32(crc)
        header.u32(UInt32(truncatingIfNeeded: compressedSize))
        header.u32(UInt32(truncatingIfNeeded: size))
        header.u16(UInt16(name.count))
        header.u16(0)
        header.bytes += name
        return header.bytes
    }

    private static func position(_ output: UnsafeMutablePointer<FILE>, archive: String) throws(ZipError) -> UInt64 {
        let offset = ftello(output)
        guard offset >= 0 else { throw failure("ftello", archive, errno) }
        return UInt64(offset)
    }

    private static func put(_ bytes: [UInt8], to output: UnsafeMutablePointer<FILE>, archive: String) throws(ZipError) {
        guard fwrite(bytes, 1, bytes.count, output) == bytes.count else { throw failure("fwrite", archive, errno) }
    }

    private static func failure(_ function: String, _ path: String, _ code: Int32) -> ZipError {
        ZipError(function: function, path: path, message: String(cString: strerror(code)))
    }
}

/// Bytes of the ZIP format's little-endian fields.
private struct LittleEndianBytes {
    var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8)] }
    mutating func u32(_ value: UInt32) {
        u16(UInt16(value & 0xFFFF))
        u16(UInt16(value >> 16))
    }
}
