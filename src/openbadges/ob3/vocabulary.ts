/**
 * The closed value lists of Open Badges 3.0. Each list also accepts an extension value,
 * written `ext:` followed by a name.
 */

export const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency',
  'ceterms:Credential',
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'CTDL',
] as const;

export const RESULT_TYPES = [
  'GradePointAverage',
  'LetterGrade',
  'Percent',
  'PerformanceLevel',
  'PredictedScore',
  'RawScore',
  'Result',
  'RubricCriterion',
  'RubricCriterionLevel',
  'RubricScore',
  'ScaledScore',
  'Status',
] as const;

export const RESULT_STATUSES = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew'] as const;

/** The kinds of identifier an IdentityObject or IdentifierEntry may name. */
export const IDENTIFIER_TYPES = [
  'name',
  'sourcedId',
  'systemId',
  'productId',
  'userName',
  'accountId',
  'emailAddress',
  'nationalIdentityNumber',
  'isbn',
  'issn',
  'lisSourcedId',
  'oneRosterSourcedId',
  'sisSourcedId',
  'ltiContextId',
  'ltiDeploymentId',
  'ltiToolId',
  'ltiPlatformId',
  'ltiUserId',
  'identifier',
] as const;

/** An extension value: `ext:` and a name of letters, digits, `.`, `-` and `_`. */
export const EXTENSION_VALUE = 'ext:[A-Za-z0-9._-]+';

/** Checks that a value is an Open Badges 3.0 achievementType or an `ext:` extension of the list. */
export function isAchievementType(value: string): boolean {
  return (ACHIEVEMENT_TYPES as readonly string[]).includes(value) || new RegExp(`^${EXTENSION_VALUE}$`).test(value);
}

/**
 * A BCP 47 language tag in the shape 3.0 accepts: a 2–4 letter language in lower case, an
 * optional script in title case and an optional region in upper case or as 3 digits.
 */
export const LANGUAGE_PATTERN = '^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$';

/** A JWS in compact serialisation: three base64url parts, the middle one possibly empty. */
export const COMPACT_JWS_PATTERN = '^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$';
