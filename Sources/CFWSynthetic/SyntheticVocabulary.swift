/// The words synthetic frameworks are made of.
///
/// The title lists are chosen so that no two words of one list are within a third of
/// their length in edits: titles built from them differ by whole words, and CFW102
/// (near-duplicate titles) stays quiet on a generated framework.
enum SyntheticVocabulary {
  // MARK: Titles

  /// First words of competency titles.
  static let gerunds = [
    "Managing", "Leading", "Building", "Developing", "Delivering", "Planning", "Coordinating",
    "Analysing", "Negotiating", "Communicating", "Designing", "Evaluating", "Improving",
    "Influencing", "Supporting", "Maintaining", "Reviewing", "Securing", "Governing", "Coaching",
    "Mediating", "Forecasting", "Budgeting", "Procuring", "Commissioning", "Auditing",
    "Recruiting", "Monitoring", "Safeguarding", "Facilitating", "Presenting", "Researching",
    "Engineering", "Testing", "Staffing", "Modelling", "Integrating", "Prioritising",
    "Scheduling", "Resolving", "Shaping", "Championing", "Sustaining", "Sourcing", "Inspecting",
    "Curating", "Translating", "Mapping",
  ]

  /// Second words of competency titles.
  static let qualifiers = [
    "strategic", "operational", "financial", "digital", "clinical", "technical", "commercial",
    "regulatory", "environmental", "community", "customer", "workforce", "research", "statutory",
    "corporate", "regional", "national", "cultural", "educational", "legal", "scientific",
    "medical", "academic", "public", "parliamentary", "creative", "ethical", "logistical",
    "analytical", "structural", "physical", "social", "economic", "industrial", "maritime",
    "agricultural", "civic", "urban", "rural", "coastal", "domestic", "emergency", "security",
    "quality", "safety", "housing", "energy", "transport", "heritage", "sporting",
  ]

  /// Last words of competency titles.
  static let subjects = [
    "partnerships", "budgets", "contracts", "projects", "programmes", "services", "systems",
    "teams", "assets", "risks", "resources", "records", "standards", "policies", "processes",
    "relationships", "networks", "operations", "portfolios", "campaigns", "investments",
    "accounts", "plans", "audits", "markets", "suppliers", "stakeholders", "volunteers", "events",
    "facilities", "premises", "vehicles", "archives", "datasets", "platforms", "grants", "claims",
    "complaints", "enquiries", "incidents", "inspections", "licences", "tenders", "evaluations",
    "schedules", "workflows", "pipelines", "outcomes", "priorities", "strategies", "objectives",
    "innovation", "performance", "wellbeing", "capability", "governance", "assurance", "evidence",
    "knowledge", "funding",
  ]

  /// Words of group titles: area, domain, unit.
  static let areas = [
    "Corporate", "Frontline", "Specialist", "Regional", "Central", "Community", "Digital",
    "Clinical", "Technical", "Business", "Customer", "Financial", "People", "Property", "Planning",
    "Housing", "Transport", "Environmental", "Cultural", "Education", "Health", "Justice",
    "Research", "Security", "Energy", "Marine", "Heritage", "Leisure", "Waste", "Water", "Legal",
    "Data", "Procurement", "Estates", "Policy", "Analytics", "Engagement", "Resilience",
    "Innovation", "Quality",
  ]
  static let domains = [
    "Operations", "Services", "Practice", "Delivery", "Support", "Leadership", "Governance",
    "Strategy", "Development", "Management", "Engineering", "Administration", "Assurance",
    "Insight", "Partnerships", "Programmes", "Change", "Improvement", "Standards", "Performance",
    "Commissioning", "Outreach", "Intelligence", "Casework", "Logistics",
  ]
  static let units = [
    "Cluster", "Division", "Network", "Hub", "Office", "Bureau", "Centre", "Directorate",
    "Function", "Portfolio", "Unit", "Service",
  ]

  /// Indicator themes (a competency uses a few of them).
  static let themes = [
    "Style", "Method", "Influence", "Messages", "Evidence", "Delivery", "Judgement", "Partnership",
    "Learning", "Accountability", "Innovation", "Ethics",
  ]

  /// Words of role titles.
  static let seniorities = [
    "Trainee", "Assistant", "Senior", "Principal", "Lead", "Chief", "Deputy", "Executive",
  ]
  static let functions = [
    "Finance", "Housing", "Planning", "Digital", "Legal", "Property", "Transport", "Education",
    "Health", "Research", "Customer", "Security", "Energy", "Heritage", "Waste", "Water", "Policy",
    "Data", "Estates", "Procurement", "Marketing", "Communications", "Safeguarding", "Licensing",
    "Payroll", "Facilities", "Fleet", "Events", "Archives", "Audit",
  ]
  static let specialisms = [
    "Officer", "Manager", "Adviser", "Analyst", "Coordinator", "Specialist", "Consultant",
    "Engineer", "Administrator", "Inspector", "Practitioner", "Assessor", "Controller", "Designer",
    "Technician", "Surveyor", "Planner", "Researcher", "Strategist", "Director", "Partner",
    "Apprentice", "Trainer", "Steward", "Auditor",
  ]

  /// Competencies of the external framework that indicators cite.
  static let externalCompetencies = [
    "Digital literacy", "Numeracy", "Written communication", "Public speaking", "Teamwork",
    "Problem solving", "Self management", "Customer care", "Data handling", "Ethical practice",
    "Health and safety", "Project delivery", "Financial awareness", "Coaching others",
    "Information security", "Sustainability awareness", "Cultural awareness", "Negotiation",
    "Critical thinking", "Creativity", "Resilience", "Planning work", "Quality assurance",
    "Mentoring",
  ]
  static let externalLevels = ["Foundation", "Practitioner", "Expert"]

  /// Labels of scale levels, from the least to the most senior.
  static let levelLabels = [
    "Foundation", "Developing", "Proficient", "Accomplished", "Advanced", "Expert", "Leading",
    "Visionary",
  ]

  // MARK: Sentences

  /// Verbs that open a positive indicator.
  static let verbs = [
    "Explains", "Plans", "Reviews", "Agrees", "Shares", "Sets", "Checks", "Builds", "Leads",
    "Supports", "Challenges", "Encourages", "Identifies", "Anticipates", "Communicates",
    "Prioritises", "Delegates", "Coaches", "Manages", "Develops", "Seeks", "Uses", "Balances",
    "Promotes", "Evaluates", "Negotiates", "Recognises", "Adapts", "Records", "Tests",
    "Questions", "Involves", "Welcomes", "Tracks", "Explores",
  ]

  /// Verbs that open a negative indicator.
  static let negativeVerbs = [
    "Ignores", "Avoids", "Overlooks", "Delays", "Dismisses", "Neglects", "Resists", "Postpones",
    "Undermines", "Misjudges", "Withholds", "Rushes", "Duplicates", "Blames others for",
  ]

  /// Noun phrases.
  static let objects = [
    "clear objectives", "the team’s priorities", "feedback from colleagues", "risks and issues",
    "service outcomes", "available evidence", "new ideas", "difficult decisions",
    "budget pressures", "customer needs", "agreed standards", "competing demands",
    "the wider context", "lessons learned", "shared goals", "changes in policy",
    "residents’ concerns", "performance data", "partners’ views", "working practices",
    "project milestones", "the organisation’s values", "emerging trends", "local needs",
    "training needs", "statutory duties", "limited resources", "complex information",
    "team members", "external partners", "a “right first time” approach", "the quality of advice",
    "good practice", "the views of service users", "long-term plans", "value for money",
  ]

  /// Words that join two noun phrases.
  static let connectors = [
    "and", "so that", "in line with", "while taking account of", "with", "to improve", "across",
    "for", "before acting on", "when reviewing", "alongside", "through", "to support",
    "by drawing on", "in order to strengthen", "and explains", "and responds to",
    "to help shape", "as well as", "–",
  ]

  /// Endings of a sentence.
  static let endings = [
    "promptly", "consistently", "with confidence", "in good time", "openly and honestly",
    "at every stage", "where appropriate", "without being asked", "over the longer term",
    "in a fair and consistent way",
  ]

  /// Openings of a description sentence.
  static let proseOpenings = [
    "This competency is about", "It covers", "It means understanding", "People who show it value",
    "At its best it combines", "It depends on",
  ]
}
