/// The caller's plans and credit balances (`Account` in the schema). `account` is free.
public struct Account: Codable, Sendable, Equatable {
    public var plans: [Plan]?
    public var dataHubPlan: MeteredPlan?
    public var universalPlan: MeteredPlan?

    public init(plans: [Plan]? = nil, dataHubPlan: MeteredPlan? = nil, universalPlan: MeteredPlan? = nil) {
        self.plans = plans
        self.dataHubPlan = dataHubPlan
        self.universalPlan = universalPlan
    }
}

/// The fields every plan has (the `Plan` interface).
public struct Plan: Codable, Sendable, Equatable {
    public var name: String?
    public var product: String?
    public var status: String?
    public var nextBillingPeriod: String?

    public init(name: String? = nil, product: String? = nil, status: String? = nil, nextBillingPeriod: String? = nil) {
        self.name = name
        self.product = product
        self.status = status
        self.nextBillingPeriod = nextBillingPeriod
    }
}

/// A plan with a credit balance (`DataHubPlan`, `UniversalPlan`).
public struct MeteredPlan: Codable, Sendable, Equatable {
    public var name: String?
    public var product: String?
    public var status: String?
    public var nextBillingPeriod: String?
    public var available: Int?
    public var used: Int?

    public init(
        name: String? = nil,
        product: String? = nil,
        status: String? = nil,
        nextBillingPeriod: String? = nil,
        available: Int? = nil,
        used: Int? = nil
    ) {
        self.name = name
        self.product = product
        self.status = status
        self.nextBillingPeriod = nextBillingPeriod
        self.available = available
        self.used = used
    }
}
