// The history store reads and writes the model through IO's tables, rates with the rules and builds the
// revisions document for the renderers; it hands all three on to its users.
@_exported public import CouncilPerformanceIO
@_exported public import CouncilPerformanceReporting
@_exported public import CouncilPerformanceRules
