// Reports are made from the rules' results, and hand the rules and the model on to their users.
@_exported public import CouncilPerformanceRules
