extension FieldSelection {
    /// What one matched `searchCompany` lookup costs at most with this selection: firmographics are billed per company
    /// returned, while id, name and domain are free.
    public func companyCost() -> Credits {
        self.contains(.company) ? Credits(tenths: 30) : .zero
    }
}
