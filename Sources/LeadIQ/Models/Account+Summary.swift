extension Account {
    /// Human-readable lines: each metered plan with its credits, then any other plans.
    public var summary: String {
        var lines: [String] = []
        for (label, plan) in [("Universal credits", self.universalPlan), ("Data Hub credits", self.dataHubPlan)] {
            guard let plan else { continue }
            let name = plan.name ?? "unnamed plan"
            let status = plan.status.map { ", \($0)" } ?? ""
            let available = plan.available.map(String.init) ?? "?"
            let used = plan.used.map(String.init) ?? "?"
            lines.append("\(label): \(available) available, \(used) used (\(name)\(status))")
            if let renewal = plan.nextBillingPeriod { lines.append("  next billing period: \(renewal)") }
        }
        let metered = Set([self.universalPlan?.name, self.dataHubPlan?.name].compactMap { $0 })
        for plan in self.plans ?? [] where !metered.contains(plan.name ?? "") {
            lines.append("Plan: \(plan.name ?? "unnamed") (\(plan.product ?? "?"), \(plan.status ?? "?"))")
        }
        return lines.isEmpty ? "No plans on this account." : lines.joined(separator: "\n")
    }
}
