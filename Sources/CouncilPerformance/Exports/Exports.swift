// The one module users import: every layer of the library, re-exported.
//
// The layers are separate targets so that the compiler refuses a dependency that runs backwards
// (Documentation/Architecture.md); a user sees one library.
@_exported public import CouncilPerformanceIO
@_exported public import CouncilPerformanceModel
@_exported public import CouncilPerformanceReporting
@_exported public import CouncilPerformanceRules
@_exported public import CouncilPerformanceStore
@_exported public import CouncilPerformanceSupport
