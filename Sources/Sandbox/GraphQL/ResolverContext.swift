/// What every resolver of one request can reach.
struct ResolverContext: Sendable {
    let store: SandboxStore
    let directory: SyntheticDirectory
}
