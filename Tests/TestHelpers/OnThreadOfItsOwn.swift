import Foundation

/// `body`'s result, computed on a thread of its own. A test that blocked one of the concurrency pool's threads (there
/// is one per core) while a child process runs or a socket waits could leave in-process sandboxes, its own or another
/// test's running alongside, without a thread to answer on.
public func onThreadOfItsOwn<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}
