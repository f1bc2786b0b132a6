/** Word lists the suggesters share. Lower-case; compare with `.toLowerCase()`. */

/** Title nouns that close a title: the last word of "Defense Secretary", "National Security Adviser". */
export const TITLE_HEADS = new Set([
  'president', 'secretary', 'minister', 'premier', 'chancellor', 'governor', 'senator', 'sen.', 'representative', 'rep.', 'congressman',
  'congresswoman', 'mayor', 'adviser', 'advisor', 'director', 'envoy', 'ambassador', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'captain',
  'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'commander', 'chief', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'founder', 'co-founder', 'head', 'leader', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'reverend', 'rev.', 'dr.', 'doctor', 'professor', 'prof.',
  'teacher', 'coach', 'manager', 'officer', 'official', 'commissioner', 'inspector', 'detective', 'sheriff', 'superintendent', 'speaker',
  'economist', 'analyst', 'researcher', 'scientist', 'author', 'writer', 'journalist', 'reporter', 'editor', 'producer', 'activist', 'candidate',
  'lawmaker', 'legislator', 'mp', 'mep', 'councillor', 'councilor', 'councilman', 'councilwoman', 'treasurer', 'diplomat', 'negotiator',
  'undersecretary', 'attorney-general', 'solicitor', 'coroner', 'nurse', 'surgeon', 'physician', 'pilot', 'striker', 'midfielder',
  'goalkeeper', 'defender', 'player', 'owner', 'executive', 'boss', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dame', 'sir', 'lord', 'lady', 'emir',
  'sheikh', 'sultan', 'counsel', 'deputy', 'commander-in-chief', 'cleric', 'priest', 'monk', 'student', 'farmer', 'worker', 'resident',
  'designer', 'artist', 'singer', 'actor', 'actress', 'director-general', 'secretary-general', 'general-secretary', 'whip',
]);

/** Role nouns that name no office and are matched to a person only by their modifiers ("the Russian leader"). */
export const GENERIC_ROLES = new Set(['leader', 'official', 'head', 'boss', 'chief', 'politician', 'man', 'woman', 'executive', 'spokesman', 'spokeswoman', 'spokesperson']);

export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'stated', 'states', 'declared', 'declares', 'wrote', 'writes',
  'explained', 'explains', 'noted', 'notes', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'continued', 'continues', 'replied',
  'replies', 'responded', 'responds', 'remarked', 'claimed', 'claims', 'recalled', 'recalls', 'acknowledged', 'admitted', 'admits', 'conceded',
  'emphasised', 'emphasized', 'stressed', 'stresses', 'tweeted', 'posted', 'announced', 'announces', 'cautioned', 'confirmed', 'complained',
  'joked', 'observed', 'predicted', 'promised', 'pledged', 'vowed', 'urged', 'suggested', 'suggests', 'shouted', 'whispered', 'testified',
  'countered', 'concluded', 'boasted', 'lamented', 'quipped', 'recounted', 'agreed', 'disagreed', 'objected', 'pointed', 'maintained',
  'maintains', 'reiterated', 'assured', 'added:', 'saying', 'telling', 'adding', 'writing', 'describing', 'calling', 'arguing', 'warning', 'noting', 'insisting',
]);

/** Verbs that may introduce a partial quote inside the writer's sentence ("described the call as “meaningful”"). */
export const ATTRIBUTING_VERBS = new Set([
  ...SPEECH_VERBS,
  'described', 'describes', 'called', 'calls', 'labelled', 'labeled', 'branded', 'dubbed', 'termed', 'characterised', 'characterized',
  'denounced', 'condemned', 'praised', 'hailed', 'criticised', 'criticized', 'accused', 'dismissed', 'rejected', 'welcomed', 'expects',
  'expected', 'hopes', 'hoped', 'believes', 'believed', 'thinks', 'thought', 'wants', 'wanted', 'promises', 'pledges', 'vows', 'predicts',
  'described', 'referred', 'referring',
]);

export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'any'>> = {
  he: 'male', she: 'female', they: 'any', i: 'any', we: 'any', him: 'male', her: 'female',
};

/** Words that end an organisation's name. */
export const ORG_HEADS = new Set([
  'agency', 'ministry', 'department', 'council', 'party', 'union', 'bank', 'company', 'co.', 'corp', 'corp.', 'corporation', 'inc', 'inc.',
  'ltd', 'ltd.', 'llc', 'plc', 'group', 'university', 'college', 'school', 'institute', 'institution', 'association', 'committee',
  'commission', 'court', 'police', 'army', 'navy', 'force', 'forces', 'airlines', 'airways', 'foundation', 'organization', 'organisation',
  'office', 'parliament', 'congress', 'senate', 'assembly', 'service', 'services', 'board', 'authority', 'federation', 'league', 'club',
  'fund', 'trust', 'society', 'times', 'post', 'news', 'press', 'network', 'broadcasting', 'television', 'radio', 'museum', 'hospital',
  'church', 'centre', 'center', 'team', 'guard', 'brigade', 'movement', 'front', 'alliance', 'coalition', 'cabinet', 'government',
  'administration', 'bureau', 'inc', 'systems', 'technologies', 'motors', 'industries', 'holdings', 'partners', 'labs', 'laboratory',
  'observatory', 'tribunal', 'prison', 'reserve', 'exchange', 'council', 'chamber', 'secretariat', 'directorate', 'regiment', 'corps',
  'fc', 'united', 'city', 'journal', 'herald', 'gazette', 'tribune', 'telegraph', 'guardian', 'agency,',
]);

/** Well-known organisations compromise does not always know. */
export const KNOWN_ORGS = new Set([
  'kremlin', 'pentagon', 'nato', 'un', 'u.n.', 'eu', 'imf', 'who', 'opec', 'fbi', 'cia', 'nasa', 'interpol', 'bbc', 'cnn', 'reuters',
  'unesco', 'unicef', 'wto', 'microsoft', 'google', 'apple', 'amazon', 'facebook', 'meta', 'twitter', 'signal', 'hamas', 'hezbollah',
  'taliban', 'congress', 'senate', 'parliament', 'white house', 'european union', 'united nations', 'world bank', 'red cross', 'al-qaeda',
  'isis', 'yonhap', 'xinhua', 'tass', 'afp', 'ap', 'kcna', 'mi5', 'mi6', 'nsa', 'fifa', 'uefa', 'ioc', 'wikinews', 'wikipedia',
]);

/** Capitalised words that start sentences or headings but name nothing. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'however', 'meanwhile', 'following', 'after', 'before', 'while', 'but', 'and', 'or', 'if', 'when', 'as', 'in', 'on',
  'at', 'for', 'of', 'to', 'with', 'by', 'from', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'its', 'my', 'your', 'read', 'next', 'what', 'who', 'why', 'how', 'where', 'there', 'here', 'some', 'many',
  'most', 'both', 'all', 'each', 'every', 'no', 'not', 'yes', 'also', 'still', 'now', 'then', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'leave', 'global', 'new', 'according',
  // The newsroom's "to come" placeholder.
  'tk',
]);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
