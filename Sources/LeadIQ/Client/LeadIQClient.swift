import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// Talks to LeadIQ's GraphQL and Prospector APIs: authenticates each, keeps under the rate limit, retries what is
/// safe to retry and turns every failure into a `LeadIQError`. Get one from `withLeadIQClient`.
public struct LeadIQClient: Sendable {
    let configuration: LeadIQClientConfiguration
    private let httpClient: HTTPClient
    private let rateLimiter: RateLimiter<ContinuousClock>
    private let recorder = StatisticsRecorder()
    /// Cuts short the waits for a turn under the rate limit and before retries, when a run is asked to stop.
    public let waits = WaitInterrupter()

    /// The largest response body read; LeadIQ's answers are far smaller.
    private static let maxResponseBytes = 32 * 1024 * 1024

    init(configuration: LeadIQClientConfiguration, httpClient: HTTPClient) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.rateLimiter = RateLimiter(requestsPerMinute: configuration.requestsPerMinute, waits: self.waits)
    }

    /// Requests sent, retries and 429s so far.
    public func statistics() -> LeadIQClientStatistics {
        self.recorder.statistics
    }

    /// An HTTP answer with its body read.
    struct WireResponse: Sendable {
        var status: Int
        var body: Data
        var retryAfter: Duration?
    }

    /// Sends `request` until a 2xx answer passes `decode` or the retry policy gives up.
    ///
    /// A status outside 2xx becomes its typed error here; `decode` throws the typed error it finds inside a 2xx
    /// body, so a GraphQL error inside HTTP 200 is retried exactly like the HTTP status it stands for. Throws
    /// `CancellationError` when `waits` is interrupted while it waits for its turn or for a retry.
    func perform<Value>(
        _ request: HTTPClientRequest,
        idempotent: Bool,
        decode: (WireResponse) throws -> Value
    ) async throws -> Value {
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            attempt += 1
            let sent = try await self.rateLimiter.acquire()
            do {
                let response = try await self.send(request, attempt: attempt)
                guard (200..<300).contains(response.status) else { throw self.statusError(response) }
                let value = try decode(response)
                await self.rateLimiter.recordSuccess()
                return value
            } catch let error as LeadIQError {
                if error == .rateLimited {
                    self.recorder.recordRateLimited()
                    await self.rateLimiter.slowDown(requestSentAt: sent)
                }
                let policy = self.configuration.retryPolicy
                guard policy.shouldRetry(error, afterAttempt: attempt, idempotent: idempotent) else { throw error }
                self.recorder.recordRetry()
                let wait = policy.delay(beforeRetry: attempt, retryAfter: error.retryAfter, using: &generator)
                self.configuration.logger?.debug(
                    "retrying LeadIQ request",
                    metadata: ["attempt": "\(attempt + 1)", "wait": "\(wait)", "error": "\(error)"]
                )
                self.configuration.retryNotice?(
                    RetryNotice(error: error, attempt: attempt, maxAttempts: policy.maxAttempts, wait: wait))
                try await self.waits.sleep(until: .now.advanced(by: wait), on: ContinuousClock())
            }
        }
    }

    /// One attempt, once the rate limiter let it go: sends, reads the whole answer.
    private func send(_ request: HTTPClientRequest, attempt: Int) async throws -> WireResponse {
        self.recorder.recordRequest()
        let logger = self.configuration.logger
        let started = ContinuousClock.now
        logger?.debug(
            "LeadIQ request",
            metadata: [
                "method": "\(request.method.rawValue)", "url": "\(request.url)", "attempt": "\(attempt)",
                "headers": "\(Self.redactedHeaders(request))",
            ]
        )
        do {
            let response = try await self.httpClient.execute(
                request,
                timeout: .nanoseconds(self.configuration.requestTimeout.nanoseconds)
            )
            let body = try await response.body.collect(upTo: Self.maxResponseBytes)
            let retryAfter = await self.followRateLimitHints(
                status: response.status.code,
                header: { response.headers.first(name: $0) }
            )
            logger?.debug(
                "LeadIQ response",
                metadata: [
                    "status": "\(response.status.code)", "url": "\(request.url)",
                    "elapsed": "\(ContinuousClock.now - started)", "bytes": "\(body.readableBytes)",
                ]
            )
            return WireResponse(
                status: Int(response.status.code),
                body: Data(body.readableBytesView),
                retryAfter: retryAfter
            )
        } catch let error as CancellationError {
            throw error
        } catch {
            let detail = self.configuration.apiKey.redacting("\(request.url): \(Self.transportText(error))")
            logger?.debug("LeadIQ request failed", metadata: ["url": "\(request.url)", "error": "\(detail)"])
            throw LeadIQError.transport.with(detail: detail)
        }
    }

    /// What went wrong with the connection, in words: the system's message for a failed socket call, which NIO's own
    /// text garbles ("connection reset (error set): Connection refused) (errno: 111)"), and AsyncHTTPClient's common
    /// errors described rather than named ("HTTPClientError.remoteConnectionClosed").
    private static func transportText(_ error: any Error) -> String {
        switch error {
        case let error as IOError: String(cString: strerror(error.errnoCode))
        case let error as HTTPClientError where error == .remoteConnectionClosed: "the connection closed before the answer"
        case let error as HTTPClientError where error == .connectTimeout: "no connection within the connect timeout"
        case let error as HTTPClientError where [.readTimeout, .deadlineExceeded].contains(error):
            "no answer within the request timeout"
        default: "\(error)"
        }
    }

    /// Makes every request of this client wait when the server says the quota is spent (a `RateLimit` reset, or a 429
    /// with `Retry-After`), and slows it to a lower limit the server states; returns the wait the server asked for.
    private func followRateLimitHints(status: UInt, header: (String) -> String?) async -> Duration? {
        let hints = RateLimitHeaders(
            policy: header(LeadIQContract.rateLimitPolicyHeader),
            state: header(LeadIQContract.rateLimitHeader)
        )
        if let requestsPerMinute = hints.requestsPerMinute {
            await self.rateLimiter.adopt(requestsPerMinute: requestsPerMinute)
        }
        let retryAfter = header(LeadIQContract.retryAfterHeader).flatMap { RetryPolicy.retryAfter($0) }
        if let pause = hints.resetAfter ?? (status == 429 ? retryAfter : nil) {
            await self.rateLimiter.pause(for: pause)
        }
        return retryAfter ?? hints.resetAfter
    }

    /// The error for a non-2xx answer, with the server's own message when its body carries one. Prospector's `code`
    /// is left out: it is for programs, and restates what the error's kind already says ("unauthorized").
    private func statusError(_ response: WireResponse) -> LeadIQError {
        let kind = LeadIQError.forStatus(response.status) ?? .invalidResponse.with(httpStatus: response.status)
        let decoder = JSONDecoder()
        var detail: String?
        if let body = try? decoder.decode(ErrorResponse.self, from: response.body) {
            detail = body.message + (body.details.map { " \($0)" } ?? "")
        } else if let body = try? decoder.decode(GraphQLResponse<JSONValue>.self, from: response.body) {
            detail = body.errors?.compactMap(\.message).first
        }
        return kind.with(
            httpStatus: response.status,
            detail: detail.map(self.configuration.apiKey.redacting),
            retryAfter: response.retryAfter
        )
    }

    /// A request with the headers every call sends; the caller adds authentication.
    /// A `GET` without a body, or a `POST` of `body`.
    static func jsonRequest(url: String, body: Data?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "leadiq-cli")
        if let body {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(body)
        }
        return request
    }

    private static func redactedHeaders(_ request: HTTPClientRequest) -> String {
        let secret: Set<String> = [
            LeadIQContract.graphQLAuthorizationHeader.lowercased(), LeadIQContract.prospectorKeyHeader.lowercased(),
        ]
        return request.headers.map { "\($0.name): \(secret.contains($0.name.lowercased()) ? "<redacted>" : $0.value)" }
            .joined(separator: ", ")
    }
}
