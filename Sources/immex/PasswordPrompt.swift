import Foundation
import IMMEXDomain
import IMMEXReport

/// Where the e.firma's password comes from: `IMMEX_KEY_PASSWORD`, a password file, or a prompt
/// that does not echo, on a terminal. Never from a command-line argument (it would show in `ps`
/// and in shell history).
struct PasswordSource: Sendable {
    var passwordFile: String?
    /// The prompt's language.
    var language: SummaryLanguage

    struct Missing: PhrasedError, CustomStringConvertible {
        let phrase: Phrase
        var description: String { phrase.description }
    }

    func read() throws -> [UInt8] {
        if let value = ProcessInfo.processInfo.environment["IMMEX_KEY_PASSWORD"] { return Array(value.utf8) }
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile) else {
                throw Missing(phrase: "the password file \(passwordFile) cannot be read")
            }
            var bytes = [UInt8](data)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
            return bytes
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Missing(
                phrase: "the e.firma's key needs its password: set IMMEX_KEY_PASSWORD or pass --password-file (or run on a terminal to be asked)")
        }
        return Self.prompt(MessageCatalogue.say("Password of the e.firma key: ", in: language))
    }

    /// Reads one line from the terminal with echo turned off.
    private static func prompt(_ text: String) -> [UInt8] {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Foundation.read(STDIN_FILENO, &byte, 1) == 1, byte != 0x0A { bytes.append(byte) }
        if bytes.last == 0x0D { bytes.removeLast() }
        return bytes
    }
}
