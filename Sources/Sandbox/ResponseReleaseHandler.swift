import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Sends each response at the moment the fault injector planned for it: its request's arrival plus the latency drawn
/// for it, or as soon as it is ready if that is later. Timed on the connection's event loop, a response leaves within
/// tens of microseconds of its moment; a handler task's sleep and its hop back to the channel added most of a
/// millisecond. A response marked as dropped closes the connection at its moment instead.
///
/// It also keeps the sandbox's count of requests under way, from a request's arrival to its response leaving.
final class ResponseReleaseHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// How the fault injector marks a response; removed here, so no client sees them.
    static let delayField = HTTPField.Name("x-leadiq-sandbox-delay-ms")!
    static let dropField = HTTPField.Name("x-leadiq-sandbox-drop")!

    private let gauge: RequestGauge
    /// When each request not yet answered arrived, oldest first: HTTP/1.1 answers in order.
    private var arrivals: [NIODeadline] = []
    /// The response being written, held until its moment.
    private var held: [(part: HTTPResponsePart, promise: EventLoopPromise<Void>?)] = []
    private var releaseAt = NIODeadline.now()
    private var drop = false
    /// A close asked for while a response is held (after a `Connection: close` request, say): it follows that response.
    private var heldClose: (mode: CloseMode, promise: EventLoopPromise<Void>?)?

    init(gauge: RequestGauge) {
        self.gauge = gauge
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = self.unwrapInboundIn(data) {
            self.arrivals.append(.now())
            self.gauge.begin()
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        // Requests the closed connection will never answer are no longer under way.
        for _ in self.arrivals {
            self.gauge.end()
        }
        self.arrivals.removeAll()
        context.fireChannelInactive()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        var part = self.unwrapOutboundIn(data)
        if case .head(var head) = part {
            let arrival = self.arrivals.isEmpty ? NIODeadline.now() : self.arrivals.removeFirst()
            let delay = head.headerFields[Self.delayField].flatMap { Int64($0) } ?? 0
            self.releaseAt = arrival + .milliseconds(delay)
            self.drop = head.headerFields[Self.dropField] != nil
            head.headerFields[Self.delayField] = nil
            head.headerFields[Self.dropField] = nil
            part = .head(head)
        }
        self.held.append((part, promise))
        guard case .end = part else { return }
        if self.releaseAt <= .now() {
            self.release(context: context)
        } else {
            context.eventLoop.assumeIsolated().scheduleTask(deadline: self.releaseAt) {
                self.release(context: context)
            }
        }
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        guard !self.held.isEmpty else {
            context.close(mode: mode, promise: promise)
            return
        }
        self.heldClose = (mode, promise)
    }

    func flush(context: ChannelHandlerContext) {
        // A held response is flushed when it is released.
        if self.held.isEmpty {
            context.flush()
        }
    }

    private func release(context: ChannelHandlerContext) {
        let parts = self.held
        let close = self.heldClose
        self.held.removeAll()
        self.heldClose = nil
        self.gauge.end()
        if self.drop {
            for held in parts {
                held.promise?.fail(ChannelError.ioOnClosedChannel)
            }
            context.close(promise: close?.promise)
            return
        }
        for held in parts {
            context.write(self.wrapOutboundOut(held.part), promise: held.promise)
        }
        context.flush()
        if let close {
            context.close(mode: close.mode, promise: close.promise)
        }
    }
}
