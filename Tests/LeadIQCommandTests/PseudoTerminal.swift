import Foundation
import TestHelpers

/// Runs the built `leadiq` on a pseudo-terminal, as in a user's shell, through util-linux's `script` (part of every
/// Debian system), and types a reply when a prompt appears: how the questions leadiq asks only on a terminal are
/// tested.
enum PseudoTerminal {
    struct Result {
        let status: Int32
        /// Everything leadiq wrote to the terminal.
        let transcript: String
    }

    /// Runs `leadiq arguments…` (on a thread of its own); once the terminal shows `prompt`, types `reply` and a newline.
    static func run(
        _ arguments: [String], prompt: String, reply: String, environment: [String: String] = [:]
    ) async throws -> Result {
        try await onThreadOfItsOwn {
            try self.runBlocking(arguments, prompt: prompt, reply: reply, environment: environment)
        }
    }

    private static func runBlocking(
        _ arguments: [String], prompt: String, reply: String, environment: [String: String]
    ) throws -> Result {
        let command = ([CommandRunner.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
        // Quiet, the command's own exit status, output flushed as it comes, no typescript file.
        let process = try CommandRunner.process(
            ["-q", "-e", "-f", "-c", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"),
            environment: environment
        )
        let keyboard = Pipe()
        let screen = Pipe()
        process.standardInput = keyboard
        process.standardOutput = screen
        process.standardError = screen
        try process.run()

        var transcript = ""
        var replied = false
        while true {
            let chunk = screen.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            transcript += String(decoding: chunk, as: UTF8.self)
            if !replied && transcript.contains(prompt) {
                replied = true
                keyboard.fileHandleForWriting.write(Data((reply + "\n").utf8))
            }
        }
        process.waitUntilExit()
        try keyboard.fileHandleForWriting.close()
        return Result(status: process.terminationStatus, transcript: transcript)
    }

    /// `text` as one word for `sh -c`.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
