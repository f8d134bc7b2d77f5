/// Turns a ``PerformanceData`` into the interchange tables, one row of canonical text per element.
///
/// The JSON and CSV formats both write these rows, so a model written in either format reads back to
/// the same model, and a JSON document written from a CSV folder is byte-identical to one written from
/// the model directly.
struct PerformanceDataWriter {
    let data: PerformanceData

    /// Every table's rows, in load order (``TableSchema/all``).
    func tables() -> [TableRows] {
        councilTables() + planTables() + measureTables() + observationTables() + deliveryTables()
            + changeControlTables() + publishedFigureTables() + Self.savingsFigureTables(data.delivery)
            + [Self.claimTable(data), narrativeTable()]
    }

    /// The `council` row: the council, its plan and its rating settings.
    private func councilTables() -> [TableRows] {
        var tables: [TableRows] = []
        let plan = data.plan
        var council = TableRows(.council)
        let councilColumns = TableSchema.CouncilColumns.self
        council.append([
            councilColumns.council: data.council,
            councilColumns.planTitle: plan.title,
            councilColumns.firstYear: plan.firstYear?.description ?? "",
            councilColumns.lastYear: plan.lastYear?.description ?? "",
            councilColumns.defaultTolerance: data.ratingPolicy.defaultTolerance.description,
            councilColumns.directionDeadBand: data.ratingPolicy.directionDeadBand == .zero
                ? "" : data.ratingPolicy.directionDeadBand.description,
            councilColumns.ratingLabels: data.ratingPolicy.labels.description,
        ])
        tables.append(council)
        return tables
    }

    /// The rows of the plan's structure: ambitions, commitments, approaches, outcomes, departments,
    /// strategies and activities.
    private func planTables() -> [TableRows] {
        var tables: [TableRows] = []
        let plan = data.plan
        var ambitions = TableRows(.ambitions)
        let ambitionsColumns = TableSchema.AmbitionsColumns.self
        for ambition in plan.ambitions {
            ambitions.append([
                ambitionsColumns.id: ambition.id.rawValue,
                ambitionsColumns.number: ambition.number.map(String.init) ?? "", ambitionsColumns.title: ambition.title,
            ])
        }
        tables.append(ambitions)

        var commitments = TableRows(.commitments)
        let commitmentsColumns = TableSchema.CommitmentsColumns.self
        for commitment in plan.commitments {
            commitments.append([
                commitmentsColumns.id: commitment.id.rawValue, commitmentsColumns.number: String(commitment.number),
                commitmentsColumns.title: commitment.title,
                commitmentsColumns.ambition: commitment.ambition.rawValue,
            ])
        }
        tables.append(commitments)

        var approaches = TableRows(.approaches)
        let approachesColumns = TableSchema.ApproachesColumns.self
        for approach in plan.approaches {
            approaches.append([approachesColumns.id: approach.id.rawValue, approachesColumns.title: approach.title])
        }
        tables.append(approaches)

        var outcomes = TableRows(.outcomes)
        let outcomesColumns = TableSchema.OutcomesColumns.self
        for outcome in plan.outcomes {
            outcomes.append([
                outcomesColumns.id: outcome.id.rawValue, outcomesColumns.text: outcome.text,
                outcomesColumns.element: outcome.element.description,
            ])
        }
        tables.append(outcomes)

        var departments = TableRows(.departments)
        let departmentsColumns = TableSchema.DepartmentsColumns.self
        for department in plan.departments {
            departments.append([
                departmentsColumns.id: department.id.rawValue, departmentsColumns.name: department.name,
            ])
        }
        tables.append(departments)

        var strategies = TableRows(.strategies)
        let strategiesColumns = TableSchema.StrategiesColumns.self
        var activities = TableRows(.activities)
        let activitiesColumns = TableSchema.ActivitiesColumns.self
        for strategy in plan.strategies {
            strategies.append([
                strategiesColumns.id: strategy.id.rawValue, strategiesColumns.department: strategy.department.rawValue,
                strategiesColumns.title: strategy.title,
            ])
            for activity in strategy.activities {
                activities.append([
                    activitiesColumns.strategy: strategy.id.rawValue, activitiesColumns.id: activity.id.rawValue,
                    activitiesColumns.description: activity.description,
                    activitiesColumns.contributesTo: activity.contributesTo.map(\.description).joined(separator: ";"),
                    activitiesColumns.measures: activity.measures.map(\.rawValue).joined(separator: ";"),
                    activitiesColumns.progress: activity.progress ?? "",
                ])
            }
        }
        tables.append(strategies)
        tables.append(activities)
        return tables
    }

    /// The rows of measures, with their targets and tolerances.
    private func measureTables() -> [TableRows] {
        var tables: [TableRows] = []
        let plan = data.plan
        var measures = TableRows(.measures)
        let measuresColumns = TableSchema.MeasuresColumns.self
        var targets = TableRows(.targets)
        let targetsColumns = TableSchema.TargetsColumns.self
        var tolerances = TableRows(.tolerances)
        let tolerancesColumns = TableSchema.TolerancesColumns.self
        for measure in plan.measures {
            measures.append([
                measuresColumns.id: measure.id.rawValue, measuresColumns.name: measure.name,
                measuresColumns.unit: measure.unit.rawValue,
                measuresColumns.goodIs: measure.direction.description,
                measuresColumns.accumulation: measure.accumulation.rawValue,
                measuresColumns.role: measure.role.rawValue, measuresColumns.owner: measure.owner?.rawValue ?? "",
                measuresColumns.outcomes: measure.outcomes.map(\.rawValue).joined(separator: ";"),
                measuresColumns.contributesTo: measure.contributesTo.map(\.description).joined(separator: ";"),
                measuresColumns.trend: measure.trendRule?.rawValue ?? "",
                measuresColumns.deadBand: measure.directionDeadBand?.description ?? "",
                measuresColumns.frequency: measure.frequency?.rawValue ?? "",
            ])
            for target in measure.targets {
                targets.append([
                    targetsColumns.measure: measure.id.rawValue, targetsColumns.from: target.from.description,
                    targetsColumns.target: target.value.description,
                ])
            }
            for tolerance in measure.tolerances {
                tolerances.append([
                    tolerancesColumns.measure: measure.id.rawValue, tolerancesColumns.from: tolerance.from.description,
                    tolerancesColumns.tolerance: tolerance.value.description,
                ])
            }
        }
        tables += [measures, targets, tolerances]
        return tables
    }

    /// The rows of observations, with any rating a paper printed beside them.
    private func observationTables() -> [TableRows] {
        var tables: [TableRows] = []
        var observations = TableRows(.observations)
        let observationsColumns = TableSchema.ObservationsColumns.self
        // Published ratings are written on their observation's row; there is at most one an observation.
        var published: [Measure.ID: [ReportingPeriod: PublishedRating]] = [:]
        for rating in data.publishedRatings { published[rating.measure, default: [:]][rating.period] = rating }
        // The hot table: its columns are looked up once, and each row is built by position.
        let c = observationsColumns
        let columns = observations.positions(of: [
            c.measure, c.period, c.value, c.narrative, c.national, c.note, c.source, c.sourceLocation, c.status,
            c.publishedRating, c.publishedTrend, c.ratingOverride, c.overrideReason, c.printed,
        ])
        observations.rows.reserveCapacity(data.observations.count)
        for observation in data.observations {
            var narrative = ""
            if case .narrative(let text) = observation.value { narrative = text }
            let printed = published.isEmpty ? nil : published[observation.measure]?[observation.period]
            observations.append(
                [
                    observation.measure.rawValue, observation.period.description, observation.value.dataText,
                    narrative, observation.national.map(\.dataText) ?? "", observation.note ?? "",
                    observation.source?.document ?? "", observation.source?.location ?? "",
                    observation.status == .final ? "" : observation.status.rawValue, printed?.rating ?? "",
                    printed?.trend ?? "", printed?.override ?? "", printed?.overrideReason ?? "",
                    observation.printed ?? "",
                ],
                at: columns
            )
        }
        tables.append(observations)
        return tables
    }

    /// The rows of delivery: portfolios, programmes, projects, savings profiles, statuses and milestones.
    private func deliveryTables() -> [TableRows] {
        var tables: [TableRows] = []
        let delivery = data.delivery
        var portfolios = TableRows(.portfolios)
        let portfoliosColumns = TableSchema.PortfoliosColumns.self
        for portfolio in delivery.portfolios {
            portfolios.append([
                portfoliosColumns.id: portfolio.id.rawValue, portfoliosColumns.name: portfolio.name,
                portfoliosColumns.department: portfolio.department?.rawValue ?? "",
            ])
        }
        tables.append(portfolios)

        var programmes = TableRows(.programmes)
        let programmesColumns = TableSchema.ProgrammesColumns.self
        var statuses = TableRows(.statuses)
        let statusesColumns = TableSchema.StatusesColumns.self
        var milestones = TableRows(.milestones)
        for programme in delivery.programmes {
            programmes.append([
                programmesColumns.id: programme.id.rawValue, programmesColumns.reference: programme.reference ?? "",
                programmesColumns.name: programme.name,
                programmesColumns.portfolio: programme.portfolio.rawValue,
            ])
        }
        var projects = TableRows(.projects)
        let projectsColumns = TableSchema.ProjectsColumns.self
        var savings = TableRows(.savings)
        let savingsColumns = TableSchema.SavingsColumns.self
        for project in delivery.projects {
            projects.append([
                projectsColumns.id: project.id.rawValue,
                projectsColumns.references: project.references.joined(separator: ";"),
                projectsColumns.name: project.name,
                projectsColumns.portfolio: project.portfolio.rawValue,
                projectsColumns.programme: project.programme?.rawValue ?? "",
                projectsColumns.department: project.department?.rawValue ?? "",
                projectsColumns.governance: project.governance ?? "",
                projectsColumns.alternativeDelivery: project.alternativeDelivery == .zero
                    ? "" : project.alternativeDelivery.description,
                projectsColumns.commentary: project.commentary ?? "",
            ])
            let years = Set(project.baseline.years + project.forecast.years).sorted()
            for year in years {
                let cashable = project.baseline[year]
                let atRisk = project.forecast[year]
                savings.append([
                    savingsColumns.project: project.id.rawValue, savingsColumns.year: year.description,
                    savingsColumns.cashable: cashable == .zero ? "" : cashable.description,
                    savingsColumns.atRisk: atRisk == .zero ? "" : atRisk.description,
                ])
            }
        }
        for programme in delivery.programmes {
            for record in programme.statusHistory {
                statuses.append([
                    statusesColumns.kind: "programme", statusesColumns.id: programme.id.rawValue,
                    statusesColumns.month: record.month.description,
                    statusesColumns.status: record.status.name,
                ])
            }
            for milestone in programme.milestones {
                milestones.append(Self.milestoneRow(milestone, kind: "programme", id: programme.id.rawValue))
            }
        }
        for project in delivery.projects {
            for record in project.statusHistory {
                statuses.append([
                    statusesColumns.kind: "project", statusesColumns.id: project.id.rawValue,
                    statusesColumns.month: record.month.description,
                    statusesColumns.status: record.status.name,
                ])
            }
            for milestone in project.milestones {
                milestones.append(Self.milestoneRow(milestone, kind: "project", id: project.id.rawValue))
            }
        }
        tables += [programmes, projects, savings, statuses, milestones]
        return tables
    }

    /// The rows of change control: requests, their profiles, lessons and decisions.
    private func changeControlTables() -> [TableRows] {
        var tables: [TableRows] = []
        var requests = TableRows(.changeRequests)
        let requestsColumns = TableSchema.ChangeRequestsColumns.self
        var profiles = TableRows(.changeRequestProfiles)
        let profilesColumns = TableSchema.ChangeRequestProfilesColumns.self
        var lessons = TableRows(.changeRequestLessons)
        let lessonsColumns = TableSchema.ChangeRequestLessonsColumns.self
        var decisions = TableRows(.decisions)
        let decisionsColumns = TableSchema.DecisionsColumns.self
        for request in data.changeRequests {
            let id = request.id.rawValue
            requests.append([
                requestsColumns.id: id, requestsColumns.project: request.project.rawValue,
                requestsColumns.kind: request.kind.rawValue,
                requestsColumns.reference: request.reference ?? "",
                requestsColumns.department: request.department ?? "",
                requestsColumns.date: request.date?.description ?? "", requestsColumns.author: request.author ?? "",
                requestsColumns.objectivesAndIssues: request.objectivesAndIssues ?? "",
                requestsColumns.mitigations: request.mitigations ?? "",
                requestsColumns.changeRequested: request.changeRequested ?? "",
                requestsColumns.widerImpacts: request.widerImpacts ?? "",
                requestsColumns.recommendation: request.recommendation ?? "",
                requestsColumns.financeComment: request.financeComment ?? "",
                requestsColumns.pmoComment: request.pmoComment ?? "",
                requestsColumns.writtenOff: request.writtenOff?.description ?? "",
                requestsColumns.alternativeDelivery: request.alternativeDelivery?.description ?? "",
                requestsColumns.totalExpected: request.printedTotal?.expected?.description ?? "",
                requestsColumns.totalRevised: request.printedTotal?.revised?.description ?? "",
                requestsColumns.totalChange: request.printedTotal?.printedChange?.description ?? "",
            ])
            for row in request.profile {
                profiles.append([
                    profilesColumns.request: id, profilesColumns.year: row.year.description,
                    profilesColumns.expected: row.expected?.description ?? "",
                    profilesColumns.revised: row.revised?.description ?? "",
                    profilesColumns.change: row.printedChange?.description ?? "",
                ])
            }
            for lesson in request.lessons {
                lessons.append([
                    lessonsColumns.request: id, lessonsColumns.lesson: lesson.description,
                    lessonsColumns.learningPoint: lesson.learningPoint,
                ])
            }
            let records = request.decisionHistory + [request.decision]
            if records != [.pending] {
                for decision in records {
                    decisions.append([
                        decisionsColumns.request: id, decisionsColumns.outcome: decision.outcome.rawValue,
                        decisionsColumns.date: decision.date?.description ?? "",
                        decisionsColumns.decidedBy: decision.decidedBy ?? "",
                        decisionsColumns.commentary: decision.commentary ?? "",
                    ])
                }
            }
        }
        tables += [requests, profiles, lessons, decisions]
        return tables
    }

    /// The rows of the figures the papers printed, for the audit.
    private func publishedFigureTables() -> [TableRows] {
        var tables: [TableRows] = []
        var figures = TableRows(.publishedFigures)
        let figuresColumns = TableSchema.PublishedFiguresColumns.self
        for figure in data.publishedFigures {
            figures.append([
                figuresColumns.id: figure.id.rawValue, figuresColumns.document: figure.source.document,
                figuresColumns.location: figure.source.location ?? "",
                figuresColumns.claim: figure.claim.rawValue, figuresColumns.subject: figure.subject ?? "",
                figuresColumns.quantity: figure.quantity.rawValue,
                figuresColumns.years: figure.years.label, figuresColumns.printed: figure.printed,
                figuresColumns.denomination: figure.denomination == .pounds ? "" : figure.denomination.rawValue,
                figuresColumns.note: figure.note ?? "", figuresColumns.asAt: figure.asAt?.description ?? "",
            ])
        }
        tables.append(figures)
        return tables
    }

    /// The council's own categories, the savings figures, identities and groups, in pounds.
    private static func savingsFigureTables(_ delivery: CouncilDelivery) -> [TableRows] {
        var categories = TableRows(.savingsCategories)
        let categoriesColumns = TableSchema.SavingsCategoriesColumns.self
        for declaration in delivery.categories {
            categories.append([
                categoriesColumns.category: declaration.category.rawValue, categoriesColumns.name: declaration.name,
            ])
        }
        var figures = TableRows(.savingsFigures)
        let figuresColumns = TableSchema.SavingsFiguresColumns.self
        for project in delivery.projects {
            for entry in project.figures.entries {
                figures.append([
                    figuresColumns.project: project.id.rawValue, figuresColumns.year: entry.year.description,
                    figuresColumns.category: entry.category.rawValue, figuresColumns.amount: entry.amount.description,
                    figuresColumns.asAt: entry.asAt?.description ?? "",
                ])
            }
        }
        var identities = TableRows(.savingsIdentities)
        let identitiesColumns = TableSchema.SavingsIdentitiesColumns.self
        for identity in delivery.identities {
            identities.append([
                identitiesColumns.name: identity.name, identitiesColumns.total: identity.total.rawValue,
                identitiesColumns.parts: identity.parts.map(\.rawValue).joined(separator: ";"),
            ])
        }
        var groups = TableRows(.groups)
        let groupsColumns = TableSchema.GroupsColumns.self
        var members = TableRows(.groupMembers)
        let membersColumns = TableSchema.GroupMembersColumns.self
        for group in delivery.groups {
            groups.append([groupsColumns.id: group.id.rawValue, groupsColumns.name: group.name])
            for project in group.members {
                members.append([membersColumns.group: group.id.rawValue, membersColumns.project: project.rawValue])
            }
        }
        return [categories, figures, identities, groups, members]
    }

    private static func milestoneRow(
        _ milestone: Milestone,
        kind: String,
        id: String
    ) -> KeyValuePairs<TableSchema.Column, String> {
        let c = TableSchema.MilestonesColumns.self
        return [
            c.kind: kind, c.id: id, c.description: milestone.description,
            c.implementationDate: milestone.implementationDate.text, c.deliveryStatus: milestone.deliveryStatus ?? "",
        ]
    }
}
