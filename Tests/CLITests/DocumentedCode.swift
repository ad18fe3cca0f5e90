import Foundation

/// Code blocks in the docs, found by the HTML comment on the line before their fence:
/// `<!-- example: PATH -->` quotes the repository file PATH whole; `<!-- file: NAME -->` is a
/// file that exists only in the doc (a test writes it out and runs it).
struct DocumentedCode {
    struct Block: Equatable {
        let kind: String  // "example" or "file"
        let name: String
        let code: String
    }

    let blocks: [Block]

    init(_ relativePath: String) throws {
        let text = try String(contentsOf: BuiltProducts.file(relativePath), encoding: .utf8)
        blocks = Self.blocks(in: text)
    }

    static func blocks(in text: String) -> [Block] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            guard line.hasPrefix("<!-- "), line.hasSuffix(" -->") else { continue }
            let inner = line.dropFirst(5).dropLast(4)
            guard let colon = inner.firstIndex(of: ":") else { continue }
            let kind = String(inner[..<colon]), name = inner[inner.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard ["example", "file"].contains(kind), index < lines.count, lines[index].hasPrefix("```") else { continue }
            let fence = String(lines[index].prefix { $0 == "`" })
            index += 1
            var code: [String] = []
            while index < lines.count, lines[index] != fence {
                code.append(lines[index])
                index += 1
            }
            index += 1
            blocks.append(Block(kind: kind, name: name, code: code.joined(separator: "\n") + "\n"))
        }
        return blocks
    }

    func file(_ name: String) -> String? { blocks.first { $0.kind == "file" && $0.name == name }?.code }
    var examples: [Block] { blocks.filter { $0.kind == "example" } }
}
