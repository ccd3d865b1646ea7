#if canImport(Glibc)
    import Glibc

    /// `read(2)` and `write(2)` under names that methods called `read`/`write` do not shadow.
    let posixRead = Glibc.read
    let posixWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    let posixRead = Darwin.read
    let posixWrite = Darwin.write
#endif
