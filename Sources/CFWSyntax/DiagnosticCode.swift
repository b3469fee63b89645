/// Every diagnostic cfw can report, with a stable code.
///
/// Codes never change meaning once published. `CFW0xx` are about the text of a file,
/// `CFW1xx` about declarations and files, `CFW2xx` about references, `CFW3xx` about
/// the content of a framework and `CFW4xx` about the wording of its text.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
  case invalidUTF8 = "CFW001"
  case nulByte = "CFW002"
  case tabIndentation = "CFW003"
  case unknownKeyword = "CFW004"
  case misplacedDeclaration = "CFW005"
  case unexpectedIndentation = "CFW006"
  case missingArgument = "CFW007"
  case unexpectedArgument = "CFW008"
  case misplacedBullet = "CFW009"
  case nestingTooDeep = "CFW010"
  case fileTooLarge = "CFW011"
  case malformedReference = "CFW012"
  case invalidIdentifier = "CFW013"
  case missingFramework = "CFW014"
  case invalidDate = "CFW015"
  case unsafeLink = "CFW016"
  case invisibleCharacter = "CFW017"
  case repeatedMetadata = "CFW018"
  case unexpectedBody = "CFW019"

  case duplicateIdentifier = "CFW101"
  case nearDuplicateTitle = "CFW102"
  case importNotFound = "CFW103"
  case importCycle = "CFW104"
  case unknownScale = "CFW105"
  case levelKeywordMismatch = "CFW106"
  case duplicateCode = "CFW111"
  case ambiguousName = "CFW112"
  case repeatedAttribute = "CFW113"

  case unknownCompetency = "CFW201"
  case unknownLevel = "CFW202"
  case unknownExternalFramework = "CFW203"
  case unknownExternalCompetency = "CFW204"

  case levelOutOfOrder = "CFW301"
  case repeatedLevel = "CFW302"
  case levelGap = "CFW303"
  case indicatorsOnMidpoint = "CFW304"
  case emptyCompetency = "CFW305"
  case emptyList = "CFW306"
  case emptyGroup = "CFW307"
  case roleLevelNotDescribed = "CFW308"
  case repeatedRequirement = "CFW309"
  case levelLabelMismatch = "CFW310"
  case repeatedCumulativeIndicator = "CFW311"
  case emptyBand = "CFW312"

  case unbalancedBrackets = "CFW401"
  case unbalancedQuotes = "CFW402"
  case doubledSpace = "CFW403"
  case exportDebris = "CFW404"
  case leadingPunctuation = "CFW405"

  /// The severity a diagnostic has unless `--strict` raises it.
  public var severity: Diagnostic.Severity {
    switch self {
    case .invisibleCharacter, .nearDuplicateTitle, .levelKeywordMismatch, .emptyCompetency,
      .emptyList, .emptyGroup, .levelLabelMismatch, .unbalancedBrackets, .unbalancedQuotes,
      .doubledSpace, .exportDebris, .leadingPunctuation, .repeatedAttribute,
      .repeatedCumulativeIndicator, .emptyBand:
      return .warning
    default:
      return .error
    }
  }
}
