/// Why a sandbox could not be run.
public struct SandboxError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case didNotStart(host: String, port: Int)
    }

    private let code: Code

    /// The server stopped before it was listening, typically because the port is taken.
    static func didNotStart(host: String, port: Int) -> SandboxError {
        SandboxError(code: .didNotStart(host: host, port: port))
    }

    public var description: String {
        switch self.code {
        case .didNotStart(let host, let port):
            return "The sandbox could not listen on \(host):\(port); choose another port with --port."
        }
    }
}
