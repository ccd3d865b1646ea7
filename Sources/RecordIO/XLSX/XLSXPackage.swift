import Foundation
import ZIPFoundation

/// An .xlsx file opened as a zip archive, its parts handed out as hardened XML streams.
///
/// Refuses zip bombs before inflating anything: the parts' declared sizes may not add up to more than
/// `maxUncompressedBytes`, and no part may declare more than `maxCompressionRatio` times its compressed size; each
/// part's stream then refuses to inflate past its declared size, so headers that lie are caught too.
final class XLSXPackage {
    /// The most all parts together may inflate to.
    static let maxUncompressedBytes: Int64 = 4 << 30
    /// The highest uncompressed/compressed ratio accepted for a part; spreadsheet XML deflates well under 100:1, zip
    /// bombs far above it. Parts smaller than `ratioExemptBytes` are not checked (tiny parts have odd ratios).
    static let maxCompressionRatio: Int64 = 100
    static let ratioExemptBytes: Int64 = 1 << 20

    /// The input's name as the user gave it, for messages.
    let name: String
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// The part being read, stopped if its reader is dropped early.
    private var openStreams: [ZipEntryStream] = []

    init(input: ByteInput) throws {
        self.name = input.name
        let url = input.name == "-" ? try Self.spool(input) : URL(fileURLWithPath: input.name)
        do {
            self.archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw RecordIOError.invalidWorkbook(input.name, detail: "it is not a zip archive")
        }
        if input.name == "-" { try? FileManager.default.removeItem(at: url) }
        var total: Int64 = 0
        for entry in self.archive {
            let size = Int64(clamping: entry.uncompressedSize)
            let compressed = max(1, Int64(clamping: entry.compressedSize))
            total += size
            if size > Self.ratioExemptBytes && size / compressed > Self.maxCompressionRatio {
                throw RecordIOError.zipBomb(
                    input.name, detail: "part \(entry.path) inflates \(size / compressed) times its compressed size")
            }
            if total > Self.maxUncompressedBytes {
                throw RecordIOError.zipBomb(
                    input.name, detail: "its parts inflate to more than \(Self.maxUncompressedBytes >> 30) GiB")
            }
            self.entries[entry.path] = entry
        }
    }

    deinit {
        for stream in self.openStreams { stream.cancel() }
    }

    /// The part at `path` (no leading `/`) as an XML stream, or `nil` when the package has no such part.
    func part(_ path: String) throws -> XMLStream? {
        guard let entry = self.entries[path] else { return nil }
        let name = self.name
        let stream = ZipEntryStream(archive: self.archive, entry: entry, limit: Int64(clamping: entry.uncompressedSize))
        {
            RecordIOError.zipBomb(name, detail: "part \(path) inflates past the size its header declares")
        }
        self.openStreams.append(stream)
        return try XMLStream(name: "\(name)[\(path)]", forceUTF8: false) { buffer in
            do {
                return try stream.read(into: buffer)
            } catch let error as RecordIOError {
                throw error
            } catch {
                throw RecordIOError.invalidWorkbook(name, detail: "part \(path) cannot be inflated (\(error))")
            }
        }
    }

    /// The relationships of the part at `path`: relationship id → (type's last path segment, target part path).
    func relationships(of path: String) throws -> [String: (type: String, target: String)] {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let stream = try self.part("\(directory)_rels/\(file).rels") else { return [:] }
        var relationships: [String: (type: String, target: String)] = [:]
        while try stream.read() {
            guard stream.node == .element, stream.localName == "Relationship", let id = stream.attribute("Id"),
                let target = stream.attribute("Target"), stream.attribute("TargetMode") != "External"
            else { continue }
            let type = stream.attribute("Type")?.split(separator: "/").last.map(String.init) ?? ""
            relationships[id] = (type, Self.resolve(target, from: directory))
        }
        return relationships
    }

    /// A relationship target as a part path: absolute (`/xl/…`) or relative to the source part's folder, `..` folded.
    private static func resolve(_ target: String, from directory: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            if segment == ".." {
                _ = segments.popLast()
            } else if segment != "." {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// Copies standard input to a temporary file: a zip archive is read from its end, which a pipe cannot do.
    private static func spool(_ input: ByteInput) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadiq-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw RecordIOError.cannotOpen(url.path, reason: "cannot create a temporary copy of standard input")
        }
        defer { try? handle.close() }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: Int64 = 0
        while true {
            let count = try buffer.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 { break }
            total += Int64(count)
            if total > Self.maxUncompressedBytes {
                throw RecordIOError.zipBomb(
                    input.name, detail: "it is larger than \(Self.maxUncompressedBytes >> 30) GiB")
            }
            do {
                try handle.write(contentsOf: Data(buffer[..<count]))
            } catch {
                throw RecordIOError.writeFailed(url.path, reason: "\(error)")
            }
        }
        return url
    }
}
