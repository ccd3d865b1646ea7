import AsyncHTTPClient
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LeadIQ
import NIOCore
import NIOHTTP1
import Sandbox
import TestHelpers
import Testing

/// `withSandbox` serves both APIs on a free loopback port for the duration of its body, and only then.
@Suite struct WithSandboxTests {
    @Test func bothAPIsAnswerOnTheReportedURLsUntilTheScopeEnds() async throws {
        let graphQLURL = try await withSandbox { sandbox in
            #expect(sandbox.graphQLURL.hasPrefix("http://127.0.0.1:"))
            #expect(sandbox.graphQLURL.hasSuffix("/graphql"))
            #expect(sandbox.apiKey == SandboxConfiguration.defaultAPIKey)

            var graphQL = HTTPClientRequest(url: sandbox.graphQLURL)
            graphQL.method = .POST
            graphQL.headers.add(name: "Authorization", value: "Basic \(sandbox.apiKey)")
            graphQL.headers.add(name: "Content-Type", value: "application/json")
            graphQL.body = .bytes(ByteBuffer(string: #"{"query":"{ account { universalPlan { available } } }"}"#))
            let graphQLResponse = try await HTTPClient.shared.execute(graphQL, timeout: .seconds(10))
            #expect(graphQLResponse.status == .ok)
            let body = try await graphQLResponse.body.collect(upTo: 1 << 20)
            #expect(String(buffer: body) == #"{"data":{"account":{"universalPlan":{"available":10000}}}}"#)

            var rest = HTTPClientRequest(url: sandbox.prospectorURL + LeadIQContract.Prospector.lists)
            rest.headers.add(name: LeadIQContract.prospectorKeyHeader, value: "leadiq-sandbox-key")
            let restResponse = try await HTTPClient.shared.execute(rest, timeout: .seconds(10))
            #expect(restResponse.status == .ok)

            #expect(await sandbox.stats.graphQLRequests == 1)
            #expect(await sandbox.stats.restRequests == ["GET /v1/lists": 1])
            return sandbox.graphQLURL
        }
        var after = HTTPClientRequest(url: graphQLURL)
        after.method = .POST
        await #expect(throws: (any Error).self) {
            _ = try await HTTPClient.shared.execute(after, timeout: .seconds(5))
        }
    }

    /// A client that closes after each answer (`Connection: close`, as Python's urllib and curl's one-shot requests
    /// do) still gets it: the server's close waits for the answer held back by the latency.
    @Test func aConnectionCloseRequestGetsItsDelayedAnswer() async throws {
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 60
        try await withSandbox(configuration) { sandbox in
            var request = HTTPClientRequest(url: sandbox.prospectorURL + LeadIQContract.Prospector.lists)
            request.headers.add(name: LeadIQContract.prospectorKeyHeader, value: "leadiq-sandbox-key")
            request.headers.add(name: "Connection", value: "close")
            let elapsed = try await ContinuousClock().measure {
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
                #expect(response.status == .ok)
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            #expect(elapsed >= .milliseconds(60))
        }
    }

    /// Requests pipelined on one connection are answered in order, each after its own latency.
    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        var configuration = SandboxConfiguration()
        configuration.latencyMilliseconds = 40
        configuration.jitterMilliseconds = 60
        try await withSandbox(configuration) { sandbox in
            let port = try #require(URL(string: sandbox.prospectorURL)?.port)
            let key = "\(LeadIQContract.prospectorKeyHeader): leadiq-sandbox-key"
            let found = "GET \(LeadIQContract.Prospector.lists) HTTP/1.1\r\nHost: sandbox\r\n\(key)\r\n\r\n"
            let missing = "GET \(LeadIQContract.Prospector.lists)/000000000000000000000000 HTTP/1.1\r\nHost: sandbox\r\n"
                + "\(key)\r\nConnection: close\r\n\r\n"
            let elapsed = try await ContinuousClock().measure {
                let answer = try await RawConnection.exchange(found + found + missing, port: port)
                let statuses = answer.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
                #expect(statuses == ["200", "200", "404"])
            }
            #expect(elapsed >= .milliseconds(40))
        }
    }

    @Test func aTakenPortIsReportedNotHung() async throws {
        try await withSandbox { sandbox in
            let port = try #require(URL(string: sandbox.prospectorURL)?.port)
            var configuration = SandboxConfiguration()
            configuration.port = port
            await #expect(throws: (any Error).self) {
                try await withSandbox(configuration) { _ in }
            }
        }
    }
}

/// One TCP connection to loopback that sends `request` as it is, in one write, and reads until the server closes.
enum RawConnection {
    /// The exchange happens on a thread of its own: blocked in `read` on one of the concurrency pool's threads, it
    /// would take a thread the sandbox it waits for needs to answer.
    static func exchange(_ request: String, port: Int) async throws -> String {
        try await onThreadOfItsOwn { try self.exchangeBlocking(request, port: port) }
    }

    /// A socket call that failed, with its `errno`; thrown back to the test's task, where the test records it.
    struct SocketFailure: Error {
        let call: String
        let code: Int32
    }

    private static func exchangeBlocking(_ request: String, port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SocketFailure(call: "socket", code: errno) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw SocketFailure(call: "connect", code: errno) }
        let bytes = Array(request.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw SocketFailure(call: "write", code: errno) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(socket, &buffer, buffer.count)
            guard count > 0 else { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
