/// The part of LeadIQ's published GraphQL schema that leadiq and its sandbox use: every type reachable from `account`,
/// `searchPeople`, `searchPeoplePreview`, `searchCompany`, `flatAdvancedSearch` and `groupedAdvancedSearch`.
///
/// Written from LeadIQ's SDL without its descriptions. One change: `DataHubPlan` and `UniversalPlan` declare
/// `implements Plan`, which the published introspection lost although `Account.plans` returns `[Plan!]!`.
/// The sandbox executes this schema and the contract tests validate every document the client builds against it.
public enum LeadIQSchema {
    public static let sdl = """
enum AdvancedSearchEmailVerificationStatusType {
  Verified
  VerifiedLikely
}

enum CompanyBusinessTypeValue {
  Agency
  B2B
  B2C
  B2G
  ECommerce
  Enterprise
  ISP
  Marketplace
  Mobile
  SAAS
}

enum CompanySortingOption {
  IdDesc
  IdAsc
  SizeDesc
  NameAsc
  SizeAsc
  IndustryAsc
  NameDesc
  IndustryDesc
}

enum ConfigurableDataPoint {
  Company
  EmailReverification
  Person
  PersonEmail
  PersonPhone
  Message
  Opener
  ValueProp
  Profile
  LLMToken
}

enum ContactSortingOption {
  RoleAsc
  NameDesc
  SeniorityAsc
  IdAsc
  NameAsc
  TitleAsc
  SeniorityDesc
  RoleDesc
  TitleDesc
  IdDesc
  MobilePhoneAsc
  MobilePhoneDesc
  UpdatedAtAsc
  UpdatedAtDesc
  JobChangeStartedAtAsc
  JobChangeStartedAtDesc
}

enum EmailType {
  WorkEmail
  PersonalEmail
}

enum EmailVerificationStatusType {
  Verified
  VerifiedLikely
  Unverified
  Invalid
  Suppressed
}

enum EmailVerificationStatusTypeInput {
  Verified
  Unverified
  VerifiedLikely
  Invalid
}

enum EnrichJobType {
  InstantEnrichJobType
  HourlyEnrichJobType
  BulkOnDemandEnrichJobType
  ScheduleEnrichJobType
  OnDemandEnrichJobType
}

enum EnrichmentScheduleType {
  OneTime
  Recurring
}

enum GenericFieldStatus {
  Valid
  Invalid
}

enum GenericFieldType {
  NotApplicable
}

enum PersonJobChangeType {
  JobChange
  TitleChange
}

enum PersonJobChangeTypeFilter {
  JobChange
  TitleChange
}

enum PhoneQualityFilter {
  HigherQualityPhones
  HighestQualityPhones
  AllPhones
}

enum PhoneType {
  WorkPhone
  WorkMobile
  WorkHQ
  WorkBranch
  PersonalPhone
  PersonalLandline
  PersonalMobile
  Fax
}

enum PhoneVerificationStatusType {
  Verified @deprecated
  Unverified @deprecated
  Invalid @deprecated
  Suppressed
  LikelyAccurate
}

enum PlanStatus {
  Active
  Inactive
  Trialing
}

enum ProductName {
  DataHub
  ContactTracking
  Api
  Universal
}

enum ProfileFilterType {
  HasVerifiedWorkPhone
  HasPersonalPhone
  HasWorkPhone @deprecated
  HasPersonalEmail @deprecated
  HasVerifiedWorkEmail
  HasWorkEmail
}

enum RecordBehaviorType {
  Update
  Create
}

enum SKU {
  AccountTracking
  AIChat
  Api
  BulkCapture
  ContactTracking
  MCP
  Raven
  Refresh
  Prospector
  Scribe
}

enum Seniority {
  VP
  Manager
  Director
  Executive
  SeniorIndividualContributor
  Other
}

enum SocialNetworkType {
  Twitter
  Foursquare
  Gravatar
  Pinterest
  Angellist
  Facebook
  Klout
}

enum UnlockableDataPoint {
  Company
  EmailReverification
  PersonEmail
  PersonPhone
  Message
  Opener
  ValueProp
  Profile
  LLMToken
}

enum VerificationStatusType {
  LikelyAccurate
  None
}

input CompanyDetails {
  companyId: String
  name: String
  domain: String
  emailDomain: String
  linkedinId: String
  country: String
  searchInPastCompanies: Boolean
  strict: Boolean
}

input CompanyFilter {
  ids: [String!]
  names: [String!]
  domains: [String!]
  linkedinIds: [String!]
  industries: [String!]
  sizes: [CompanySizeFilter!]
  locations: [LocationFilterInput!]
  technologies: [String!]
  technologyCategories: [String!]
  revenueRanges: [RangeFilter!]
  fundingInfoFilters: [FundingInfoFilter!]
  naicsCodeFilters: [NAICSCodeFilter!]
  sicCodeFilters: [SICCodeFilter!]
}

input CompanySizeFilter {
  min: Int
  max: Int
}

input ContactFilter {
  ids: [String!]
  names: [String!]
  titles: [String!]
  linkedinIds: [String!]
  linkedinUrls: [String!]
  seniorities: [Seniority!]
  roles: [String!]
  locations: [LocationFilterInput!]
  containsWorkEmails: [AdvancedSearchEmailVerificationStatusType!]
  updatedAt: DateRangeFilter
  newHireFrom: Long
  newPromotionFrom: Long
}

input DateRangeFilter {
  start: Long
  end: Long
}

input FlatSearchInput {
  companyFilter: CompanyFilter
  companyExcludedFilter: CompanyFilter
  contactFilter: ContactFilter
  contactExcludedFilter: ContactFilter
  previousCompanyFilter: PreviousCompanyFilter
  previousPositionFilter: PreviousPositionFilter
  jobChangeFilter: JobChangeFilter
  skip: Int
  limit: Int
  sortContactsBy: [ContactSortingOption!]
}

input FundingInfoFilter {
  lastFundingDateRange: DateRangeFilter
  lastFundingRange: RangeFilter
}

input GroupedSearchInput {
  companyFilter: CompanyFilter
  companyExcludedFilter: CompanyFilter
  contactFilter: ContactFilter
  contactExcludedFilter: ContactFilter
  skip: Int
  limit: Int
  limitPerCompany: Int
  sortCompaniesBy: [CompanySortingOption!]
  sortContactsBy: [ContactSortingOption!]
}

input JobChangeFilter {
  jobChangeTypes: [PersonJobChangeTypeFilter!]!
  startedAfter: Long
}

input LocationFilterInput {
  city: String
  areaLevel1: String
  country: String
  postalCode: String
}

input NAICSCodeFilter {
  code: String
  description: String
}

input PreviousCompanyFilter {
  ids: [String!]
  names: [String!]
  domains: [String!]
  linkedinIds: [String!]
  industries: [String!]
  employeeCount: [CompanySizeFilter!]
  locations: [LocationFilterInput!]
}

input PreviousPositionFilter {
  titles: [String!]
}

input QualityFilter {
  phone: PhoneQualityFilter
}

input RangeFilter {
  start: Long
  end: Long
}

input SICCodeFilter {
  code: String
  description: String
}

input SearchCompanyInput {
  id: String
  name: String
  domain: String
  linkedinId: String
  linkedinUrl: String
  sfdcExtraDetails: SfdcExtraDetails
  strict: Boolean
}

input SearchPeopleInput {
  skip: Int
  limit: Int
  id: String
  firstName: String
  lastName: String
  middleName: String
  fullName: String
  company: CompanyDetails
  linkedinId: String
  linkedinUrl: String
  email: String
  hashedEmail: String
  phone: String
  workEmailStatusIn: [EmailVerificationStatusTypeInput!]
  containsWorkContactInfo: Boolean
  profileFilter: [ProfileFilterType!]
  includeInvalid: Boolean
  sfdcExtraDetails: SfdcExtraDetails
  qualityFilter: QualityFilter
  minConfidence: Int
}

input SearchPeoplePreviewInput {
  linkedinUrl: String
  email: String
  fullName: String
  firstName: String
  lastName: String
  companyName: String
  companyDomain: String
}

input SfdcExtraDetails {
  sfdcUserId: String
  updateCreate: RecordBehaviorType
  enrichmentJobType: EnrichJobType
  sfdcRecordId: String
  orgId: String
  companyName: String
  frequency: EnrichmentScheduleType
  batchJobId: String
}

interface Plan {
  name: String!
  product: ProductName!
  status: PlanStatus!
  nextBillingPeriod: ZonedDateTime
}

type Account {
  plans: [Plan!]!
  dataHubPlan: DataHubPlan
  universalPlan: UniversalPlan
}

type Company {
  id: String!
  name: String
  industry: String
  description: String
  linkedinId: String
  domain: String
  employeeCount: Int
  city: String
  country: String
  countryCode2: String
  countryCode3: String
  state: String
  postalCode: String
  score: Float @deprecated
  companyTechnologies: [String!]
  companyTechnologyCategories: [String!]
  revenueRange: RevenueRange
  fundingInfo: FundingInfo
  naicsCode: NAICSCode
  sicCode: SICCode
}

type CompanyBusinessType {
  value: CompanyBusinessTypeValue!
}

type CompanyBusinessTypesResult {
  types: [CompanyBusinessType!]!
}

type CompanyHierarchy {
  isUltimate: Boolean!
  parent: CompanyHierarchyNode
  ultimateParent: CompanyHierarchyNode
}

type CompanyHierarchyNode {
  id: String
  name: String
}

type CompanyInfo {
  id: String!
  source: String! @deprecated
  name: String!
  alternativeNames: [String!]
  domain: String
  description: String
  emailDomains: [String!]
  type: String
  phones: [String!]
  country: String @deprecated
  address: String
  locationInfo: LocationInfo
  logoUrl: String
  linkedinId: String
  linkedinUrl: String
  numberOfEmployees: Int
  industry: String
  specialities: [String!]
  fundingInfo: FundingInfo
  technologies: [TechnologyInfo!]
  revenue: Long
  revenueRange: RevenueRange
  predictedRevenue: RevenueRange
  sicCode: SICCode
  secondarySicCodes: [SICCode!]
  naicsCode: NAICSCode
  employeeRange: String
  crunchbaseUrl: String
  facebookUrl: String
  twitterUrl: String
  foundedYear: Int
  companyHierarchy: CompanyHierarchy
  updatedDate: ZonedDateTime
  businessTypes: CompanyBusinessTypesResult!
  functionTrends(from: ZonedDateTime, to: ZonedDateTime): [FunctionTrends!]
  isExcluded: Boolean
}

type CompanySearchResponse {
  totalCompanies: Long!
  companies: [CompanyWithPeople!]!
}

type CompanySearchResult {
  totalResults: Int!
  hasMore: Boolean!
  results: [CompanyInfo!]!
}

type CompanyWithPeople {
  company: Company!
  people: [Person!]!
  totalContactsInCompany: Long!
}

type DataHubCost {
  sku: SKU!
  costs: [DataPointCost!]!
}

type DataHubPlan implements Plan {
  name: String!
  product: ProductName!
  status: PlanStatus!
  nextBillingPeriod: ZonedDateTime
  available: Int!
  used: Int!
  visibility: [DataHubVisibility!]!
  costs: [DataHubCost!]!
}

type DataHubVisibility {
  sku: SKU!
  dataPoints: [UnlockableDataPoint!]!
}

type DataPointCost {
  dataPoint: ConfigurableDataPoint!
  cost: Int!
  costInDecimals: BigDecimal!
}

type DateRange {
  start: ZonedDateTime
  end: ZonedDateTime
}

type EducationRecord {
  name: String!
  type: String
  linkedinUrl: String
  facebookUrl: String
  twitterUrl: String
  linkedinId: String
  website: String
  domain: String
  degrees: [String!]!
  majors: [String!]!
  grades: String
  dateRange: DateRange
  activities: String
  description: String
}

type FunctionTrends {
  time: ZonedDateTime!
  buckets: [TrendBucketCount!]!
}

type FundingInfo {
  fundingRounds: String
  fundingTotalUsd: Long
  lastFundingOn: ZonedDateTime
  lastFundingType: String
  lastFundingUsd: Long
}

type LinkedinRecord {
  linkedinId: String
  linkedinUrl: String
  salesUrls: [String!]
  type: GenericFieldType!
  status: GenericFieldStatus!
  updatedAt: ZonedDateTime!
  guid: String
}

type LocationInfo {
  formattedAddress: String
  street1: String
  street2: String
  city: String
  areaLevel1: String
  country: String
  countryCode2: String
  countryCode3: String
  postalCode: String
}

type LocationRecord {
  fullAddress: String
  areaLevel1: String
  city: String
  country: String
  countryCode2: String
  countryCode3: String
  type: GenericFieldType!
  status: GenericFieldStatus!
  updatedAt: ZonedDateTime!
}

type NAICSCode {
  code: String!
  description: String!
}

type NameInfo {
  first: String!
  fullName: String!
  last: String
  middle: String
}

type Person {
  id: String!
  companyId: String!
  name: String
  linkedinId: String
  linkedinUrl: String
  title: String
  role: String
  city: String
  state: String
  country: String
  countryCode2: String
  countryCode3: String
  seniority: String
  workEmails: [String!] @deprecated
  verifiedWorkEmails: [String!] @deprecated
  verifiedLikelyWorkEmails: [String!] @deprecated
  workPhones: [String!] @deprecated
  personalEmails: [String!] @deprecated
  personalPhones: [String!] @deprecated
  score: Float @deprecated
  firstName: String
  middleName: String
  lastName: String
  updatedAt: ZonedDateTime
  currentPositionStartDate: ZonedDateTime
  company: Company
  picture: String
  personJobChange: PersonJobChange
}

type PersonCurrentPosition {
  companyId: String!
  company: Company
  title: String
  role: String
  seniority: String
}

type PersonJobChange {
  jobChangeType: PersonJobChangeType!
  startedAt: ZonedDateTime
  previousPosition: PersonPreviousPosition!
  currentPosition: PersonCurrentPosition!
}

type PersonPreviousPosition {
  companyId: String
  company: Company
  title: String
}

type PersonRecord {
  id: String!
  _id: String! @deprecated
  name: NameInfo!
  currentPositions: [PositionRecord!]!
  pastPositions: [PositionRecord!]!
  linkedin: LinkedinRecord
  profiles: [SocialProfile!]!
  location: LocationRecord
  education: [EducationRecord!]!
  updatedAt: ZonedDateTime
  personalEmails: [PersonalEmailRecordType!]!
  personalPhones: [PersonalPhoneRecordType!]!
  confidence: Int
}

type PersonSearchResponse {
  totalPeople: Long!
  people: [Person!]!
}

type PersonalEmailRecordType {
  type: EmailType!
  status: EmailVerificationStatusType!
  updatedAt: ZonedDateTime!
  value: String!
}

type PersonalPhoneRecordType {
  type: PhoneType!
  status: PhoneVerificationStatusType!
  verificationStatus: VerificationStatusType!
  updatedAt: ZonedDateTime!
  value: String!
}

type PositionRecord {
  companyId: String!
  title: String
  dateRange: DateRange
  updatedAt: ZonedDateTime!
  emails: [WorkEmailRecordType!]!
  phones: [WorkPhoneRecordType!]!
  companyInfo: CompanyInfo
  seniority: String
  function: String
  workEmail: WorkEmailRecordType
  matchedQuery: Boolean!
}

type Query {
  account: Account
  searchPeople(input: SearchPeopleInput!): SearchResult!
  searchPeoplePreview(input: SearchPeoplePreviewInput!): SearchPeoplePreviewResult!
  searchCompany(input: SearchCompanyInput!): CompanySearchResult!
  groupedAdvancedSearch(input: GroupedSearchInput!): CompanySearchResponse!
  flatAdvancedSearch(input: FlatSearchInput!): PersonSearchResponse!
}

type RevenueRange {
  start: Long
  end: Long
  description: String
}

type SICCode {
  code: String!
  description: String!
}

type SearchPeoplePreviewResult {
  personId: String
  hasEmail: Boolean
  hasPhone: Boolean
}

type SearchResult {
  totalResults: Int!
  hasMore: Boolean!
  results: [PersonRecord!]!
}

type SocialProfile {
  network: SocialNetworkType!
  id: String
  username: String
  url: String
  status: GenericFieldStatus!
  updatedAt: ZonedDateTime!
}

type TechnologyInfo {
  name: String!
  category: String
  parentCategory: String
  attributes: [String!]!
  categories: [String!]!
}

type TrendBucketCount {
  bucket: String!
  count: Int!
}

type UniversalCost {
  sku: SKU!
  costs: [DataPointCost!]!
}

type UniversalPlan implements Plan {
  name: String!
  product: ProductName!
  status: PlanStatus!
  nextBillingPeriod: ZonedDateTime
  available: Int!
  used: Int!
  visibility: [UniversalVisibility!]!
  costs: [UniversalCost!]!
}

type UniversalVisibility {
  sku: SKU!
  dataPoints: [UnlockableDataPoint!]!
}

type WorkEmailRecordType {
  type: EmailType!
  status: EmailVerificationStatusType!
  updatedAt: ZonedDateTime!
  value: String!
}

type WorkPhoneRecordType {
  type: PhoneType!
  status: PhoneVerificationStatusType!
  verificationStatus: VerificationStatusType!
  updatedAt: ZonedDateTime!
  value: String!
}

scalar BigDecimal

scalar Long

scalar ZonedDateTime
"""
}
