import Hummingbird
import NIOCore

/// Hummingbird's request context plus the connection, which the fault injector closes to simulate a reset.
public struct SandboxRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
