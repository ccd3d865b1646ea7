import Foundation

/// `body`'s result, computed on a thread of its own. A test that blocked one of the concurrency pool's threads (there
/// is one per core) while a child process runs or a socket waits could leave in-process sandboxes, its own or another
/// test's running alongside, without a thread to answer on. It throws only what `body` throws.
public func onThreadOfItsOwn<T: Sendable, Failure: Error>(
    _ body: @escaping @Sendable () throws(Failure) -> T
) async throws(Failure) -> T {
    let result = await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: Result(catching: body)) }
    }
    return try result.get()
}
