/// Turns a ``PerformanceData`` into the interchange tables, one row of canonical text per element.
///
/// The JSON and CSV formats both write these rows, so a model written in either format reads back to
/// the same model, and a JSON document written from a CSV folder is byte-identical to one written from
/// the model directly.
struct PerformanceDataWriter {
    let data: PerformanceData

    func tables() -> [TableRows] {
        var tables: [TableRows] = []
        let plan = data.plan

        var council = TableRows(.council)
        council.append([
            "council": data.council,
            "plan_title": plan.title,
            "first_year": plan.firstYear?.description ?? "",
            "last_year": plan.lastYear?.description ?? "",
            "default_tolerance": data.ratingPolicy.defaultTolerance.description,
            "direction_dead_band": data.ratingPolicy.directionDeadBand == .zero
                ? "" : data.ratingPolicy.directionDeadBand.description,
            "rating_labels": data.ratingPolicy.labels.description,
        ])
        tables.append(council)

        var ambitions = TableRows(.ambitions)
        for ambition in plan.ambitions {
            ambitions.append([
                "id": ambition.id.rawValue, "number": ambition.number.map(String.init) ?? "", "title": ambition.title,
            ])
        }
        tables.append(ambitions)

        var commitments = TableRows(.commitments)
        for commitment in plan.commitments {
            commitments.append([
                "id": commitment.id.rawValue, "number": String(commitment.number), "title": commitment.title,
                "ambition": commitment.ambition.rawValue,
            ])
        }
        tables.append(commitments)

        var approaches = TableRows(.approaches)
        for approach in plan.approaches { approaches.append(["id": approach.id.rawValue, "title": approach.title]) }
        tables.append(approaches)

        var outcomes = TableRows(.outcomes)
        for outcome in plan.outcomes {
            outcomes.append(["id": outcome.id.rawValue, "text": outcome.text, "element": outcome.element.description])
        }
        tables.append(outcomes)

        var departments = TableRows(.departments)
        for department in plan.departments {
            departments.append(["id": department.id.rawValue, "name": department.name])
        }
        tables.append(departments)

        var strategies = TableRows(.strategies)
        var activities = TableRows(.activities)
        for strategy in plan.strategies {
            strategies.append([
                "id": strategy.id.rawValue, "department": strategy.department.rawValue, "title": strategy.title,
            ])
            for activity in strategy.activities {
                activities.append([
                    "strategy": strategy.id.rawValue, "id": activity.id.rawValue, "description": activity.description,
                    "contributes_to": activity.contributesTo.map(\.description).joined(separator: ";"),
                    "measures": activity.measures.map(\.rawValue).joined(separator: ";"),
                    "progress": activity.progress ?? "",
                ])
            }
        }
        tables.append(strategies)
        tables.append(activities)

        var measures = TableRows(.measures)
        var targets = TableRows(.targets)
        var tolerances = TableRows(.tolerances)
        for measure in plan.measures {
            measures.append([
                "id": measure.id.rawValue, "name": measure.name, "unit": measure.unit.rawValue,
                "good_is": measure.direction.description, "accumulation": measure.accumulation.rawValue,
                "role": measure.role.rawValue, "owner": measure.owner?.rawValue ?? "",
                "outcomes": measure.outcomes.map(\.rawValue).joined(separator: ";"),
                "contributes_to": measure.contributesTo.map(\.description).joined(separator: ";"),
                "trend": measure.trendRule?.rawValue ?? "", "dead_band": measure.directionDeadBand?.description ?? "",
                "frequency": measure.frequency?.rawValue ?? "",
            ])
            for target in measure.targets {
                targets.append([
                    "measure": measure.id.rawValue, "from": target.from.description, "target": target.value.description,
                ])
            }
            for tolerance in measure.tolerances {
                tolerances.append([
                    "measure": measure.id.rawValue, "from": tolerance.from.description,
                    "tolerance": tolerance.value.description,
                ])
            }
        }
        tables += [measures, targets, tolerances]

        var observations = TableRows(.observations)
        // Published ratings are written on their observation's row; there is at most one an observation.
        var published: [Measure.ID: [ReportingPeriod: PublishedRating]] = [:]
        for rating in data.publishedRatings { published[rating.measure, default: [:]][rating.period] = rating }
        // The hot table: its columns are looked up once, and each row is built by position.
        let columns = observations.positions(of: [
            "measure", "period", "value", "narrative", "national", "note", "source", "source_location", "status",
            "published_rating", "published_trend", "rating_override", "override_reason",
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
                ],
                at: columns
            )
        }
        tables.append(observations)

        let delivery = data.delivery
        var portfolios = TableRows(.portfolios)
        for portfolio in delivery.portfolios {
            portfolios.append([
                "id": portfolio.id.rawValue, "name": portfolio.name, "department": portfolio.department?.rawValue ?? "",
            ])
        }
        tables.append(portfolios)

        var programmes = TableRows(.programmes)
        var statuses = TableRows(.statuses)
        var milestones = TableRows(.milestones)
        for programme in delivery.programmes {
            programmes.append([
                "id": programme.id.rawValue, "reference": programme.reference ?? "", "name": programme.name,
                "portfolio": programme.portfolio.rawValue,
            ])
        }
        var projects = TableRows(.projects)
        var savings = TableRows(.savings)
        for project in delivery.projects {
            projects.append([
                "id": project.id.rawValue, "references": project.references.joined(separator: ";"),
                "name": project.name,
                "portfolio": project.portfolio.rawValue, "programme": project.programme?.rawValue ?? "",
                "department": project.department?.rawValue ?? "", "governance": project.governance ?? "",
                "alternative_delivery": project.alternativeDelivery == .zero
                    ? "" : project.alternativeDelivery.description,
                "commentary": project.commentary ?? "",
            ])
            let years = Set(project.baseline.years + project.forecast.years).sorted()
            for year in years {
                let cashable = project.baseline[year]
                let atRisk = project.forecast[year]
                savings.append([
                    "project": project.id.rawValue, "year": year.description,
                    "cashable": cashable == .zero ? "" : cashable.description,
                    "at_risk": atRisk == .zero ? "" : atRisk.description,
                ])
            }
        }
        for programme in delivery.programmes {
            for record in programme.statusHistory {
                statuses.append([
                    "kind": "programme", "id": programme.id.rawValue, "month": record.month.description,
                    "status": record.status.name,
                ])
            }
            for milestone in programme.milestones {
                milestones.append(Self.milestoneRow(milestone, kind: "programme", id: programme.id.rawValue))
            }
        }
        for project in delivery.projects {
            for record in project.statusHistory {
                statuses.append([
                    "kind": "project", "id": project.id.rawValue, "month": record.month.description,
                    "status": record.status.name,
                ])
            }
            for milestone in project.milestones {
                milestones.append(Self.milestoneRow(milestone, kind: "project", id: project.id.rawValue))
            }
        }
        tables += [programmes, projects, savings, statuses, milestones]

        var requests = TableRows(.changeRequests)
        var profiles = TableRows(.changeRequestProfiles)
        var lessons = TableRows(.changeRequestLessons)
        var decisions = TableRows(.decisions)
        for request in data.changeRequests {
            let id = request.id.rawValue
            requests.append([
                "id": id, "project": request.project.rawValue, "kind": request.kind.rawValue,
                "reference": request.reference ?? "", "department": request.department ?? "",
                "date": request.date?.description ?? "", "author": request.author ?? "",
                "objectives_and_issues": request.objectivesAndIssues ?? "", "mitigations": request.mitigations ?? "",
                "change_requested": request.changeRequested ?? "", "wider_impacts": request.widerImpacts ?? "",
                "recommendation": request.recommendation ?? "", "finance_comment": request.financeComment ?? "",
                "pmo_comment": request.pmoComment ?? "", "written_off": request.writtenOff?.description ?? "",
                "alternative_delivery": request.alternativeDelivery?.description ?? "",
                "total_expected": request.printedTotal?.expected?.description ?? "",
                "total_revised": request.printedTotal?.revised?.description ?? "",
                "total_change": request.printedTotal?.printedChange?.description ?? "",
            ])
            for row in request.profile {
                profiles.append([
                    "request": id, "year": row.year.description, "expected": row.expected?.description ?? "",
                    "revised": row.revised?.description ?? "", "change": row.printedChange?.description ?? "",
                ])
            }
            for lesson in request.lessons {
                lessons.append(["request": id, "lesson": lesson.description, "learning_point": lesson.learningPoint])
            }
            let records = request.decisionHistory + [request.decision]
            if records != [.pending] {
                for decision in records {
                    decisions.append([
                        "request": id, "outcome": decision.outcome.rawValue, "date": decision.date?.description ?? "",
                        "decided_by": decision.decidedBy ?? "", "commentary": decision.commentary ?? "",
                    ])
                }
            }
        }
        tables += [requests, profiles, lessons, decisions]

        var figures = TableRows(.publishedFigures)
        for figure in data.publishedFigures {
            figures.append([
                "id": figure.id.rawValue, "document": figure.source.document, "location": figure.source.location ?? "",
                "claim": figure.claim.rawValue, "subject": figure.subject ?? "", "quantity": figure.quantity.rawValue,
                "years": figure.years.label, "printed": figure.printed,
                "denomination": figure.denomination == .pounds ? "" : figure.denomination.rawValue,
                "note": figure.note ?? "", "as_at": figure.asAt?.description ?? "",
            ])
        }
        tables.append(figures)
        tables += Self.savingsFigureTables(delivery)
        tables.append(narrativeTable())
        return tables
    }

    /// The council's own categories, the savings figures, identities and groups, in pounds.
    private static func savingsFigureTables(_ delivery: CouncilDelivery) -> [TableRows] {
        var categories = TableRows(.savingsCategories)
        for declaration in delivery.categories {
            categories.append(["category": declaration.category.rawValue, "name": declaration.name])
        }
        var figures = TableRows(.savingsFigures)
        for project in delivery.projects {
            for entry in project.figures.entries {
                figures.append([
                    "project": project.id.rawValue, "year": entry.year.description,
                    "category": entry.category.rawValue, "amount": entry.amount.description,
                    "as_at": entry.asAt?.description ?? "",
                ])
            }
        }
        var identities = TableRows(.savingsIdentities)
        for identity in delivery.identities {
            identities.append([
                "name": identity.name, "total": identity.total.rawValue,
                "parts": identity.parts.map(\.rawValue).joined(separator: ";"),
            ])
        }
        var groups = TableRows(.groups)
        var members = TableRows(.groupMembers)
        for group in delivery.groups {
            groups.append(["id": group.id.rawValue, "name": group.name])
            for project in group.members { members.append(["group": group.id.rawValue, "project": project.rawValue]) }
        }
        return [categories, figures, identities, groups, members]
    }

    private static func milestoneRow(_ milestone: Milestone, kind: String, id: String) -> [String: String] {
        [
            "kind": kind, "id": id, "description": milestone.description,
            "implementation_date": milestone.implementationDate.text, "delivery_status": milestone.deliveryStatus ?? "",
        ]
    }
}
