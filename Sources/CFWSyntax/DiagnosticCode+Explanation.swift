/// The catalogue of diagnostics: a title, a plain explanation and a wrong and a right
/// example for every code. `cfw explain` prints one entry; docs/diagnostics.md is the
/// whole catalogue, rendered by `markdownReference()`.
extension DiagnosticCode {
  /// A short name for the problem, like “unknown competency”.
  public var title: String { entry.title }

  /// What is wrong, why it matters and how to fix it, in a few plain sentences.
  public var explanation: String { entry.explanation }

  /// A small piece of a framework that draws this diagnostic.
  public var wrongExample: String { entry.wrong }

  /// The same piece, corrected.
  public var rightExample: String { entry.right }

  private struct Entry {
    var title: String
    var explanation: String
    var wrong: String
    var right: String
  }

  private var entry: Entry {
    switch self {
    case .invalidUTF8:
      return Entry(
        title: "invalid UTF-8",
        explanation: """
          The file contains bytes that are not UTF-8 text. This usually happens when a file
          is saved in an older encoding, such as Windows-1252, where curly apostrophes and
          dashes are single bytes. cfw cannot tell which characters were meant, so it cannot
          read the text. Open the file in a text editor and save it again as UTF-8.
          """,
        wrong: """
          # The apostrophe was saved as the single byte 0x92 (shown here as �).
          values Ashfield District Council�s Values
          """,
        right: """
          # Saved as UTF-8.
          values Ashfield District Council’s Values
          """)

    case .nulByte:
      return Entry(
        title: "NUL byte",
        explanation: """
          The file contains a NUL byte (a zero byte), which never belongs in text. It is
          usually left by a broken copy or by a program that wrote a binary file. It is
          invisible in most editors but can cut the text short in other programs. Delete the
          character, or copy the text into a new file.
          """,
        wrong: """
          # A NUL byte (shown here as ␀) after “Relishing”.
              - Relishing␀ a challenge.
          """,
        right: """
              - Relishing a challenge.
          """)

    case .tabIndentation:
      return Entry(
        title: "tab in indentation",
        explanation: """
          A line is indented with a tab. Indentation shows what belongs to what, and a tab
          looks different in every editor, so cfw accepts spaces only. Replace the tab by
          spaces: two spaces for each step.
          """,
        wrong: """
          framework Leadership Competencies
          # The line below is indented with a tab (shown here as ⇥).
          ⇥publisher NHS Leadership Academy
          """,
        right: """
          framework Leadership Competencies
            publisher NHS Leadership Academy
          """)

    case .unknownKeyword:
      return Entry(
        title: "unknown keyword",
        explanation: """
          A line that should start with a keyword starts with another word. Keywords are
          lowercase and spelt exactly, so `Stages` or `Levle` is not a keyword. Correct the
          keyword, or, if the line is text, put it under a `description`.
          """,
        wrong: """
          scale Stages
            stage 1 Stage 1
            Stages 2 Stage 2
          """,
        right: """
          scale Stages
            stage 1 Stage 1
            stage 2 Stage 2
          """)

    case .misplacedDeclaration:
      return Entry(
        title: "misplaced declaration",
        explanation: """
          A keyword stands where it is not allowed: `requires` inside a competency, or
          `publisher` inside a group. Each keyword belongs in certain places only, so cfw
          cannot tell what the line means here. Move the line to where it belongs; the help
          line says where.
          """,
        wrong: """
          competency Delivering at pace
            requires Seeing the big picture at level 2
          """,
        right: """
          role Service Manager
            requires Seeing the big picture at level 2
          """)

    case .unexpectedIndentation:
      return Entry(
        title: "unexpected indentation",
        explanation: """
          A line is indented by a different amount from the lines before it in the same
          block. Indentation shows what belongs to what, so cfw cannot tell where this line
          belongs. Indent every line of a block by the same number of spaces.
          """,
        wrong: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
           stage 2 Is confident in own ability
              - Draws on own relevant experience.
          """,
        right: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
            stage 2 Is confident in own ability
              - Draws on own relevant experience.
          """)

    case .missingArgument:
      return Entry(
        title: "missing argument",
        explanation: """
          A declaration lacks what must follow its keyword: a title, a code, a date, or the
          level a role requires. Without it the line says nothing. Write the missing part
          after the keyword.
          """,
        wrong: """
          role Service Manager
            requires Delivering at pace
          """,
        right: """
          role Service Manager
            requires Delivering at pace at level 2
          """)

    case .unexpectedArgument:
      return Entry(
        title: "unexpected argument",
        explanation: """
          A line has text after its keyword that the keyword does not take: the text of a
          description on the `description` line itself, a label on a `midpoint`, a
          `seniority` other than `ascending` or `descending`, or an identifier `{#…}` on a
          line that cannot have one. Move the text to where it belongs, or remove it.
          """,
        wrong: """
          competency Self Belief
            description The inner confidence that you will succeed.
          """,
        right: """
          competency Self Belief
            description
              The inner confidence that you will succeed.
          """)

    case .misplacedBullet:
      return Entry(
        title: "misplaced bullet",
        explanation: """
          A bullet (a line starting with `- `) stands where bullets are not allowed, or a
          line without `- ` stands in a list of bullets. Bullets must sit under a heading
          that says what they are: a level, `behaviours`, `indicators`, `negative` or
          `values`. Put the bullet under such a line.
          """,
        wrong: """
          competency Self Belief
            - Relishing a challenge.
          """,
        right: """
          competency Self Belief
            behaviours Features of this quality include:
              - Relishing a challenge.
          """)

    case .nestingTooDeep:
      return Entry(
        title: "nesting too deep",
        explanation: """
          Declarations are nested more than 64 levels deep, for example a section inside a
          section, 65 times over. No real framework needs this; it usually means the
          indentation went wrong when the file was made. Flatten the structure.
          """,
        wrong: """
          section Part 1
            section Part 2
              section Part 3
                # … and so on, 65 sections deep
          """,
        right: """
          section Part 1
          section Part 2
          section Part 3
          """)

    case .fileTooLarge:
      return Entry(
        title: "file too large",
        explanation: """
          The file is larger than the limit cfw reads (64 MiB unless `--max-file-size`
          says otherwise). A framework is rarely more than a few hundred kilobytes, so a
          file this large is probably not a framework. Split it into several files, or
          raise the limit with `--max-file-size`.
          """,
        wrong: """
          # everything.cfw, 80 MB: every framework of every council in one file
          framework Leadership Competency Framework
          """,
        right: """
          # mansfield-ashfield.cfw: one framework in its own file
          framework Leadership Competency Framework
          """)

    case .malformedReference:
      return Entry(
        title: "malformed reference",
        explanation: """
          A reference in double square brackets is not closed, or names no competency.
          cfw cannot tell what the indicator links to. Close the reference with `]]` and
          name a competency in it, or write `\\[[` if you mean two literal brackets.
          """,
        wrong: """
              - Demonstrate self-confidence. [[from CLF: Confidence at level Established
          """,
        right: """
              - Demonstrate self-confidence. [[from CLF: Confidence at level Established]]
          """)

    case .invalidIdentifier:
      return Entry(
        title: "invalid identifier",
        explanation: """
          An explicit identifier `{#…}` has characters that identifiers may not have.
          Identifiers are stored by other systems, so they are kept simple: lowercase
          letters, digits and `-`, starting with a letter or digit. Rewrite the identifier
          in that form.
          """,
        wrong: """
          competency Building capability for all {#Capability}
          """,
        right: """
          competency Building capability for all {#capability}
          """)

    case .missingFramework:
      return Entry(
        title: "missing framework",
        explanation: """
          The file does not start with a `framework` line, or declares a second framework.
          Each file holds one framework, and the `framework` line comes first so that
          everything below it belongs to it. Start the file with `framework TITLE`, and put
          each framework in its own file. A file of `external` frameworks needs none.
          """,
        wrong: """
          scale Levels
            level 1 Level 1
          """,
        right: """
          framework Leadership Competency Framework

          scale Levels
            level 1 Level 1
          """)

    case .invalidDate:
      return Entry(
        title: "invalid date",
        explanation: """
          The framework’s date is not written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or is
          not a real date. Dates in this form sort correctly and read the same in every
          country. Rewrite the date, for example `2019-04` for April 2019.
          """,
        wrong: """
          framework Leadership Competency Framework
            date April 2019
          """,
        right: """
          framework Leadership Competency Framework
            date 2019-04
          """)

    case .unsafeLink:
      return Entry(
        title: "unsafe link",
        explanation: """
          A link in prose uses a kind of address that is not allowed, such as `file:` or
          `javascript:`. Handbooks are read on many computers, where such links do not
          work or can be harmful. Link to a web page (`https:` or `http:`) or an email
          address (`mailto:`).
          """,
        wrong: """
            description
              See the [guidance](file://shared/hr/guidance.pdf) on the intranet.
          """,
        right: """
            description
              See the [guidance](https://example.org/hr/guidance) on the intranet.
          """)

    case .invisibleCharacter:
      return Entry(
        title: "invisible character",
        explanation: """
          The text contains an invisible character, such as a zero width space or a mark
          that changes the direction of text. These are usually copied in by accident from
          web pages or Word. They make text behave differently from how it looks: a search
          for the title may not find it, and direction marks can reorder what readers see.
          Delete the character.
          """,
        wrong: """
          # A zero width space (shown here as <U+200B>) between “Self” and “Belief”.
          competency Self<U+200B>Belief
          """,
        right: """
          competency Self Belief
          """)

    case .repeatedMetadata:
      return Entry(
        title: "repeated metadata",
        explanation: """
          The framework header gives a `subtitle`, `date`, `version`, `uri` or `language`
          twice. A framework has only one of each, so cfw cannot tell which is right. Keep
          one line and delete the other.
          """,
        wrong: """
          framework Leadership Competency Framework
            date 2019-04
            date 2019-06
          """,
        right: """
          framework Leadership Competency Framework
            date 2019-06
          """)

    case .unexpectedBody:
      return Entry(
        title: "unexpected body",
        explanation: """
          A line is indented under a declaration that takes no indented lines, such as
          `label`, `date` or `requires`. Those declarations hold everything on their own
          line. Remove the indentation, or move the text under a `description`.
          """,
        wrong: """
          group Personal Qualities
            label Cluster One
              Qualities that leaders show in themselves.
          """,
        right: """
          group Personal Qualities
            label Cluster One
            description
              Qualities that leaders show in themselves.
          """)

    case .duplicateIdentifier:
      return Entry(
        title: "duplicate identifier",
        explanation: """
          Two things of the same kind have the same identifier, made from their titles
          (`Self-Awareness` and `Self Awareness` both become `self-awareness`). References
          and exports use identifiers, so they could not tell the two apart. Merge the
          two, rename one, or give one an explicit identifier `{#…}`.
          """,
        wrong: """
          competency Self-Awareness
            stage 1 Registers own emotions
              - Is aware of their own feelings.

          competency Self Awareness
            stage 1 Registers own emotions
              - Notices when their emotions are aroused.
          """,
        right: """
          competency Self-Awareness
            stage 1 Registers own emotions
              - Is aware of their own feelings.
              - Notices when their emotions are aroused.
          """)

    case .nearDuplicateTitle:
      return Entry(
        title: "near-duplicate title",
        explanation: """
          Two titles of the same kind differ in one similar word, such as “Continuous
          Improvement” and “Continual Improvement”. This is often one thing spelt two ways,
          which readers will take for two different things. If both mean the same, use one
          title; if they differ, this warning can be left.
          """,
        wrong: """
          competency Continuous Improvement
            level B
              - Looks for ways to improve own work.

          competency Continual Improvement
            level B
              - Looks for ways to improve services.
          """,
        right: """
          competency Continuous Improvement
            level B
              - Looks for ways to improve own work.
              - Looks for ways to improve services.
          """)

    case .importNotFound:
      return Entry(
        title: "import not found",
        explanation: """
          An `import` names a file that cannot be read. The path is taken from the folder
          of the importing file, not from where you run cfw. Check the file name and the
          folder.
          """,
        wrong: """
          framework Leadership capabilities

          import cfl.cfw
          """,
        right: """
          framework Leadership capabilities

          import clf.cfw
          """)

    case .importCycle:
      return Entry(
        title: "import cycle",
        explanation: """
          Files import each other in a circle: a file imports one that, directly or through
          others, imports it back. cfw would never finish reading them. Remove one of the
          imports; declarations shared by several files belong in a file that imports
          nothing.
          """,
        wrong: """
          # leadership.cfw
          framework Leadership capabilities
          import clf.cfw

          # clf.cfw
          external CLF Continuous Learning Framework
          import leadership.cfw
          """,
        right: """
          # leadership.cfw
          framework Leadership capabilities
          import clf.cfw

          # clf.cfw
          external CLF Continuous Learning Framework
          """)

    case .unknownScale:
      return Entry(
        title: "unknown scale",
        explanation: """
          A `scale` line in a group or competency names a scale that the framework does
          not declare. cfw then cannot tell which levels the competencies use. Use the
          title of a declared scale, or declare the scale at the top level.
          """,
        wrong: """
          scale Stages
            stage 1 Stage 1

          group Personal Qualities
            scale Stage
          """,
        right: """
          scale Stages
            stage 1 Stage 1

          group Personal Qualities
            scale Stages
          """)

    case .levelKeywordMismatch:
      return Entry(
        title: "level keyword mismatch",
        explanation: """
          A competency says `level` where its scale says `stage`, or the reverse. Both
          work, but the handbook reads more consistently when the framework uses one word
          throughout. Use the word the scale uses.
          """,
        wrong: """
          scale Stages
            stage 1 Stage 1

          competency Self Belief
            level 1 Acts with confidence
          """,
        right: """
          scale Stages
            stage 1 Stage 1

          competency Self Belief
            stage 1 Acts with confidence
          """)

    case .unknownCompetency:
      return Entry(
        title: "unknown competency",
        explanation: """
          A role, a `related` line or a reference names a competency that the framework
          does not have. It is often a typing slip in the title. The link would lead
          nowhere in the handbook and in exports. Correct the name (the help line suggests
          the closest title), or add the competency.
          """,
        wrong: """
          role Service Manager
            requires Delivering and pace at level 2
          """,
        right: """
          role Service Manager
            requires Delivering at pace at level 2
          """)

    case .unknownLevel:
      return Entry(
        title: "unknown level",
        explanation: """
          A level code is not a level of the scale in use: `level 4` on a scale of three
          levels, or a reference to a level an external framework does not have. cfw
          cannot place the indicators or the requirement on the scale. Use one of the
          scale’s codes; the help line lists them.
          """,
        wrong: """
          scale Levels
            level 1 Level 1
            level 2 Level 2
            level 3 Level 3

          role Service Manager
            requires Delivering at pace at level 4
          """,
        right: """
          scale Levels
            level 1 Level 1
            level 2 Level 2
            level 3 Level 3

          role Service Manager
            requires Delivering at pace at level 2
          """)

    case .unknownExternalFramework:
      return Entry(
        title: "unknown external framework",
        explanation: """
          A reference starts with a framework code, like `CLF:`, that is not declared with
          `external` in this file or in a file it imports. Without the declaration the
          reference cannot be checked or linked. Correct the code, or declare or import the
          external framework.
          """,
        wrong: """
              - Demonstrate self-confidence. [[from CFL: Confidence at level Established]]
          """,
        right: """
              - Demonstrate self-confidence. [[from CLF: Confidence at level Established]]
          """)

    case .unknownExternalCompetency:
      return Entry(
        title: "unknown external competency",
        explanation: """
          A reference names a competency that its external framework does not declare. The
          link would lead nowhere. Correct the name, or add the competency under the
          `external` declaration.
          """,
        wrong: """
              - Demonstrate self-confidence. [[from CLF: Self-confidence at level Established]]
          """,
        right: """
              - Demonstrate self-confidence. [[from CLF: Confidence at level Established]]
          """)

    case .levelOutOfOrder:
      return Entry(
        title: "level out of order",
        explanation: """
          A competency describes its levels in a different order from its scale. Readers
          expect to read the levels in the same order every time. List the levels in the
          order of the scale.
          """,
        wrong: """
          competency Self Belief
            stage 2 Is confident in own ability
              - Draws on own relevant experience.
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
          """,
        right: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
            stage 2 Is confident in own ability
              - Draws on own relevant experience.
          """)

    case .repeatedLevel:
      return Entry(
        title: "repeated level",
        explanation: """
          A competency (or a theme) describes the same level twice. Each level should have
          one list of indicators, or readers cannot tell which applies. Merge the two
          lists into one.
          """,
        wrong: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
            stage 1 Acts with confidence
              - Has the courage to make full use of the formal authority of the role.
          """,
        right: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
              - Has the courage to make full use of the formal authority of the role.
          """)

    case .levelGap:
      return Entry(
        title: "gap in levels",
        explanation: """
          A competency describes some levels of its scale but skips one in between, such
          as stages 1 and 3 without stage 2. A competency may describe fewer levels than
          its scale has, but without gaps, so that every step up is described. Describe the
          missing level, or renumber.
          """,
        wrong: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
            stage 3 Takes on challenges
              - Rises to, and relishes, a range of challenges.
          """,
        right: """
          competency Self Belief
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
            stage 2 Is confident in own ability
              - Draws on own relevant experience.
            stage 3 Takes on challenges
              - Rises to, and relishes, a range of challenges.
          """)

    case .indicatorsOnMidpoint:
      return Entry(
        title: "indicators on a midpoint",
        explanation: """
          Indicators are written for a level that the scale declares as a `midpoint`. A
          midpoint is a rating between two described levels and has no indicators of its
          own. Move the indicators to a described level, or declare the level with `level`
          instead of `midpoint`.
          """,
        wrong: """
          scale Rating scale
            midpoint A
            level B
            midpoint C
            level D

          competency Communication
            theme Style
              level C
                - Encourages two-way communication.
          """,
        right: """
          scale Rating scale
            midpoint A
            level B
            midpoint C
            level D

          competency Communication
            theme Style
              level D
                - Encourages two-way communication.
          """)

    case .emptyCompetency:
      return Entry(
        title: "empty competency",
        explanation: """
          A competency has no indicators and no behaviours: nothing that can be observed
          or assessed. It is often unfinished, or its bullets were lost when it was
          copied. Add indicators under its levels, a theme, `behaviours` or `indicators`.
          """,
        wrong: """
          competency Self Belief
            description
              The inner confidence that you will succeed.
          """,
        right: """
          competency Self Belief
            description
              The inner confidence that you will succeed.
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
          """)

    case .emptyList:
      return Entry(
        title: "empty list",
        explanation: """
          A heading that should hold bullets has none: a level, a theme, `behaviours`,
          `indicators` or `negative`. The handbook would show a heading with nothing under
          it. Add the bullets, or remove the heading.
          """,
        wrong: """
          competency Self Belief
            behaviours Features of this quality include:
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
          """,
        right: """
          competency Self Belief
            behaviours Features of this quality include:
              - Relishing a challenge.
            stage 1 Acts with confidence
              - Manages own anxieties and appears confident to others.
          """)

    case .emptyGroup:
      return Entry(
        title: "empty group",
        explanation: """
          A group has no competencies, not even in the groups inside it. The competencies
          may have been placed outside it by mistake: a competency belongs to a group only
          when it is indented under it. Indent the competencies under the group, or remove
          the group.
          """,
        wrong: """
          group Personal Qualities
            label Cluster One

          competency Self Belief
          """,
        right: """
          group Personal Qualities
            label Cluster One

            competency Self Belief
          """)

    case .roleLevelNotDescribed:
      return Entry(
        title: "role level not described",
        explanation: """
          A role requires a competency at a level that the competency does not describe.
          The person in the role could not see what is expected of them. Choose a level
          the competency describes, or describe the level in the competency.
          """,
        wrong: """
          competency Delivering at pace
            level 1
              - Drive a performance culture across the council.
            level 2
              - Clarify business priorities, roles and responsibilities.

          role Team Leader
            requires Delivering at pace at level 3
          """,
        right: """
          competency Delivering at pace
            level 1
              - Drive a performance culture across the council.
            level 2
              - Clarify business priorities, roles and responsibilities.

          role Team Leader
            requires Delivering at pace at level 2
          """)

    case .repeatedRequirement:
      return Entry(
        title: "repeated requirement",
        explanation: """
          A role requires the same competency twice. If the two lines give different
          levels, readers cannot tell which is expected. Keep one requirement per
          competency.
          """,
        wrong: """
          role Service Manager
            requires Delivering at pace at level 2
            requires Delivering at pace at level 1
          """,
        right: """
          role Service Manager
            requires Delivering at pace at level 2
          """)

    case .levelLabelMismatch:
      return Entry(
        title: "level label mismatch",
        explanation: """
          A level’s text carries a number that is not its code, such as `stage 3 Stage 4`.
          This is usually a slip when copying, and readers will not know which number is
          right. Make the number in the text match the code, or change the code.
          """,
        wrong: """
          scale Stages
            stage 1 Stage 1
            stage 2 Stage 2
            stage 3 Stage 4
          """,
        right: """
          scale Stages
            stage 1 Stage 1
            stage 2 Stage 2
            stage 3 Stage 3
          """)

    case .duplicateCode:
      return Entry(
        title: "duplicate code",
        explanation: """
          Two groups or competencies have the same code. People and other systems refer to
          them by code, and references may use it (`requires 1.2 at level 2`), so a code
          must name one thing. Codes are compared without regard to case: `A.1` and `a.1`
          are the same code. Give one of them another code.
          """,
        wrong: """
          competency Listening
            code 1.1
          competency Explaining
            code 1.1
          """,
        right: """
          competency Listening
            code 1.1
          competency Explaining
            code 1.2
          """)

    case .ambiguousName:
      return Entry(
        title: "ambiguous name",
        explanation: """
          A second name (`alias`) or a code of one competency is also the name of another,
          so a reference that uses it could mean either. References keep meaning the
          competency whose title or identifier it is; change the alias or the code so that
          it names one competency only.
          """,
        wrong: """
          competency Listening
          competency Active listening
            alias Listening
          """,
        right: """
          competency Listening
          competency Active listening
            alias Listening well
          """)

    case .repeatedAttribute:
      return Entry(
        title: "repeated attribute",
        explanation: """
          The same attribute name is given twice to one thing, so outputs would carry two
          values for it and readers cannot tell which is right. Keep one line, or give the
          second a name of its own.
          """,
        wrong: """
          framework Digital skills
            attribute Owner: People team
            attribute Owner: Learning team
          """,
        right: """
          framework Digital skills
            attribute Owner: People team
            attribute Contact: Learning team
          """)

    case .repeatedCumulativeIndicator:
      return Entry(
        title: "indicator repeated in a cumulative scale",
        explanation: """
          The scale says `cumulative`: each level includes everything said at the levels
          below it. An indicator written again at a higher level is therefore said twice,
          and a reader may think the higher level asks for something new. Remove the
          repeat, or reword it to say what is new at the higher level.
          """,
        wrong: """
          scale Proficiency
            cumulative
            level 1 Aware
            level 2 Working
          competency Writing
            level 1
              - Writes in plain English.
            level 2
              - Writes in plain English.
          """,
        right: """
          scale Proficiency
            cumulative
            level 1 Aware
            level 2 Working
          competency Writing
            level 1
              - Writes in plain English.
            level 2
              - Adapts their writing to the reader.
          """)

    case .emptyBand:
      return Entry(
        title: "empty band",
        explanation: """
          A band of a scale holds no levels, so the handbook would print a heading over
          nothing. Indent the levels that belong to the band under it, or remove the band.
          """,
        wrong: """
          scale Proficiency
            band Foundation
            level 1 Aware
          """,
        right: """
          scale Proficiency
            band Foundation
              level 1 Aware
          """)

    case .unbalancedBrackets:
      return Entry(
        title: "unbalanced brackets",
        explanation: """
          A bracket is opened and never closed, or closed without being opened. This often
          happens when text is copied from a PDF and a line is lost. Add the missing
          bracket, or remove the extra one.
          """,
        wrong: """
              - Gives it a go (however difficult or impossible a task may seem.
          """,
        right: """
              - Gives it a go (however difficult or impossible a task may seem).
          """)

    case .unbalancedQuotes:
      return Entry(
        title: "unbalanced quotation marks",
        explanation: """
          A double quotation mark is opened and never closed. Readers cannot tell where
          the quotation ends. Add the missing quotation mark, or remove the extra one.
          """,
        wrong: """
              - Sees self as a “can do person, and is positive about own ability.
          """,
        right: """
              - Sees self as a “can do” person, and is positive about own ability.
          """)

    case .doubledSpace:
      return Entry(
        title: "doubled space",
        explanation: """
          Two or more spaces stand between words. It is usually left over from copying or
          editing, and it shows in the handbook as an uneven gap. Use a single space.
          """,
        wrong: """
              - Manages own anxieties and appears  confident to others.
          """,
        right: """
              - Manages own anxieties and appears confident to others.
          """)

    case .exportDebris:
      return Entry(
        title: "export debris",
        explanation: """
          An indicator starts with a character left over from copying the text out of a PDF
          or Word file: a bullet glyph read as a letter (`e`, `¢`, `©`, `•`) or `|` read in
          place of `I`. It would be printed in the handbook as part of the text. Remove it.
          """,
        wrong: """
              - e Manages own anxieties and appears confident to others.
          """,
        right: """
              - Manages own anxieties and appears confident to others.
          """)

    case .leadingPunctuation:
      return Entry(
        title: "leading punctuation",
        explanation: """
          A title starts with a dash or a colon, left over from a heading such as “Cluster
          One – Personal Qualities” that was split in two. The title would be printed with
          the stray punctuation. Remove it.
          """,
        wrong: """
          group – Personal Qualities
          """,
        right: """
          group Personal Qualities
          """)
    }
  }
}

extension DiagnosticCode {
  /// The explanation of this code for the terminal (`cfw explain`).
  public func explanationText() -> String {
    func indented(_ text: String) -> String {
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }
    return """
      \(rawValue): \(title) (\(severity.rawValue))

      \(explanation)

      Wrong:

      \(indented(wrongExample))

      Right:

      \(indented(rightExample))

      """
  }

  /// The whole catalogue as Markdown: the text of docs/diagnostics.md.
  public static func markdownReference() -> String {
    var text = """
      # Diagnostics

      <!-- Generated from Sources/CFWSyntax/DiagnosticCode+Explanation.swift. Do not edit: run
      the tests with CFW_UPDATE_GOLDENS=1 to write it again. -->

      Every problem `cfw check` reports has a code, such as `CFW201`. This page explains
      each code: what is wrong, why it matters and how to fix it, with a wrong and a right
      example. `cfw explain CODE` prints the same explanation in the terminal.

      Codes `CFW0xx` are about the text of a file, `CFW1xx` about declarations and files,
      `CFW2xx` about references, `CFW3xx` about the content of a framework and `CFW4xx`
      about the wording of its text. An error must be fixed before a handbook is built; a
      warning points at something that is probably wrong. `cfw check --strict` treats
      warnings as errors.

      | Code | Title | Severity |
      | --- | --- | --- |

      """
    for code in allCases {
      text +=
        "| [\(code.rawValue)](#\(code.anchor)) | \(code.title) | \(code.severity.rawValue) |\n"
    }
    for code in allCases {
      text += """

        ## \(code.rawValue): \(code.title)

        Severity: \(code.severity.rawValue)

        \(code.explanation)

        Wrong:

        ```cfw
        \(code.wrongExample)
        ```

        Right:

        ```cfw
        \(code.rightExample)
        ```

        """
    }
    return text
  }

  /// The anchor GitHub gives the heading of this code (`cfw201-unknown-competency`).
  var anchor: String {
    let heading = "\(rawValue): \(title)".lowercased()
    return String(
      heading.compactMap { character -> Character? in
        if character == " " { return "-" }
        return character.isLetter || character.isNumber || character == "-" ? character : nil
      })
  }
}
