import IMMEXDomain

extension RecordSchema {
    /// Parses one chunk. Each row is read by the fast path straight from the bytes
    /// (`FastRowReader.row`); a row it does not accept is cut by the scanner and prepared by
    /// `SchemaRowPreparer` (the fast path on the record, else the checked one). Valid records go
    /// to `accept`. With no columns, the chunk's first record is the header. The chunk's keys go
    /// into the shared fingerprints once it is read, a window at a time; a fingerprint met again
    /// makes the chunk unsettled.
    func readRows(
        of chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, reading: ChunkReading, scratch: inout ChunkScratch,
        accept: (Record) -> Void
    ) -> ChunkRows {
        var outcome = ChunkRows()
        outcome.limiter = FindingLimiter(perCode: reading.findingsPerCode)
        var map = columns
        var preparer = SchemaRowPreparer(schema: self, usesFastPath: reading.usesFastPath)
        if let map { preparer.start(columns: map) }
        let named = SourceFile(scanner.file)
        scratch.keys.removeAll(keepingCapacity: true)
        var structure: [Finding] = []
        var rowFields = FieldBytes<Column>()
        let (index, line) = chunk.readRows(
            scanner: scanner, fields: &scratch.fields, findings: &structure,
            fastRow: { index, line in
                // (Called through the optional in place: bound to a constant, the fast path and
                // the schema in it were copied, and their references retained, for every row.)
                preparer.fastPath?.row(chunk.bytes, from: index, line: line, file: named, fields: &rowFields) { record in
                    outcome.rows += 1
                    outcome.readable += 1
                    scratch.keys.append(key(of: record))
                    accept(record)
                }
            },
            record: { record in
                guard let columns = map else {
                    (map, outcome.settled) = ColumnMap.chunkHeader(
                        record, specs: Self.columns, aliases: reading.aliases, preparer: &preparer, findings: &outcome.rowFindings)
                    outcome.columns = map
                    return
                }
                outcome.rows += 1
                switch preparer.prepare(record, columns: columns).value {
                case .fast(var made, _, _):
                    made.location.source = named
                    outcome.readable += 1
                    scratch.keys.append(key(of: made))
                    accept(made)
                case .checked(let made, let rowFindings, let hasErrors, _):
                    outcome.checkedRows += 1
                    outcome.limiter.add(rowFindings, into: &outcome.rowFindings)
                    guard let made else { return }
                    outcome.readable += 1
                    scratch.keys.append(key(of: made))
                    if !hasErrors { accept(made) }
                }
            }, proceeds: { outcome.settled })  // (not past a header without the required columns)
        if let invalid = UTF8Check.finding(in: chunk, file: scanner.file) { structure.append(invalid) }
        outcome.structure = structure
        if !chunk.isFinal && index != chunk.bytes.count { outcome.settled = false }
        if !chunk.hasLines(through: line) { outcome.settled = false }
        // (A window of keys at a time, their slots prefetched first: see `insertAll`.)
        if outcome.settled, !reading.seen.insertAll(scratch.keys[...]) { outcome.settled = false }
        return outcome
    }
}
