import Sandbox

extension RunningSandbox {
    /// What a `leadiq` child needs to talk to this sandbox, with `XDG_CACHE_HOME` at `cacheHome` so its cache,
    /// journal and locks are the test's own.
    func environment(cacheHome: String) -> [String: String] {
        [
            "LEADIQ_API_KEY": self.apiKey,
            "LEADIQ_GRAPHQL_URL": self.graphQLURL,
            "LEADIQ_PROSPECTOR_URL": self.prospectorURL,
            "XDG_CACHE_HOME": cacheHome,
        ]
    }
}
