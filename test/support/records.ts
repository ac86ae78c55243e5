// Hand-written valid records for the models the sample graph has none of, so the differential test
// mutates every model (each is checked to decode before use).
const ev = (start: number, end: number, quote: string) => ({ article: 'article:sample', start, end, quote })

export const seedRecords = (): Record<string, ReadonlyArray<unknown>> => ({
  Actor: [
    { kind: 'organization', id: 'org:un', name: 'United Nations', type: 'intergovernmental', otherNames: ['UN'],
      identifiers: [{ scheme: 'wikidata', value: 'Q1065' }], members: ['state:PT'] },
    { kind: 'group', id: 'group:western', name: 'Western delegations', vague: true, members: [] },
    { kind: 'anonymous', id: 'anon:official', name: 'a US official', affiliation: 'state:US',
      anonymityReason: 'not authorized to speak publicly', mentions: [ev(0, 3, 'Foo')] },
    { kind: 'person', id: 'person:x', name: 'X', posts: [{ office: 'Minister', of: 'state:PT', from: '2022-03~', to: '2024-05-06T12:30+01:00',
      otherNames: ['the minister'], evidence: [ev(0, 1, 'F')] }] },
    { kind: 'state', id: 'state:US', name: 'United States', countryCode: 'US', identifiers: [{ scheme: 'iso3166-1', value: 'US' }, { scheme: 'gnd', value: '4078704-7' }] },
    { kind: 'organization', id: 'org:tass', name: 'TASS', type: { scheme: 'plover-sector', code: 'JRN' },
      sectors: ['media', { scheme: 'plover-sector', code: 'GOV' }, { scheme: 'cameo-sector', code: 'MED' }] },
  ],
  Event: [
    { id: 'event:summit', type: 'summit', name: 'A summit', evidence: [ev(0, 1, 'F')], time: { value: '2024-05-06/2024-05-08', text: 'this week' },
      duration: { value: 'P3D', bound: 'exactly' }, place: 'place:lisbon', participants: ['state:PT'], organizers: ['state:PT'],
      partOf: 'event:series', realis: 'actual', outcome: 'A declaration', description: 'A sample summit' },
    { id: 'event:war', type: 'armed-conflict', name: 'A war', evidence: [ev(0, 1, 'F')], time: { value: '2022-02-24/..' },
      quantities: [
        { kind: 'value', value: 30, bound: 'at-least', unit: 'people killed', text: 'at least 30', accordingTo: 'org:un', time: { value: '2022-03' }, evidence: [ev(0, 1, 'F')] },
        { kind: 'range', min: 200, max: 300, bound: 'about', unit: 'people injured', text: 'some 200 to 300', evidence: [ev(0, 1, 'F')] },
      ] },
    { id: 'event:strike', type: { scheme: 'plover-mode', code: 'ASSAULT:aerial' }, name: 'A strike', evidence: [ev(0, 1, 'F')] },
    { id: 'event:talks', type: { scheme: 'cameo', code: '046' }, name: 'Talks', evidence: [ev(0, 1, 'F')] },
  ],
  Agreement: [
    { id: 'agreement:deal', name: 'The deal', otherNames: ['the grain deal'], purpose: 'Ship grain', identifiers: [{ scheme: 'wikidata', value: 'Q30' }],
      parties: [{ actor: 'state:PT', role: 'party' }, { actor: 'org:un', role: 'mediator', evidence: [ev(0, 1, 'F')] }],
      lifecycle: [
        { type: 'signed', time: { value: '2022-07-22' }, evidence: [ev(0, 1, 'F')] },
        { type: 'renewed', time: { value: '2022-11-17' }, term: { value: 'P120D', bound: 'exactly', text: '120 days' }, by: ['state:PT'], evidence: [ev(0, 1, 'F')] },
      ],
      provisions: [{ text: 'Ships pass freely', evidence: [ev(0, 1, 'F')],
        quantities: [{ kind: 'value', value: 1550, bound: 'at-most', unit: 'deployed warheads', evidence: [ev(0, 1, 'F')] }] }],
      evidence: [ev(0, 1, 'F')] },
  ],
  Quantity: [
    { kind: 'value', value: 2.5e9, bound: 'about', unit: 'USD', text: '$2.5bn', evidence: [ev(0, 1, 'F')] },
    { kind: 'range', min: -3, max: -3, bound: 'exactly', unit: 'degrees Celsius', accordingTo: 'org:un', time: { value: '2024-01' }, evidence: [ev(0, 1, 'F')] },
  ],
  Vote: [
    { id: 'vote:1', name: 'A vote', on: { kind: 'document', document: 'document:chair' }, body: 'org:un', result: 'adopted',
      counts: [{ option: 'yes', count: 2, evidence: [ev(0, 1, 'F')] }, { option: 'no', count: 1 }, { option: 'abstain', count: 0 }],
      total: 3, votes: [{ voter: 'state:PT', option: 'yes', evidence: [ev(0, 1, 'F')] }, { voter: 'state:RU', option: 'no' }],
      requirement: 'a simple majority', time: { value: '2024-05-06' }, place: 'place:lisbon', occasion: 'event:summit', realis: 'actual',
      evidence: [ev(0, 1, 'F')] },
    { id: 'vote:2', on: { kind: 'motion', text: 'That the meeting adjourn' }, evidence: [ev(0, 1, 'F')] },
  ],
  Document: [
    { id: 'document:chair', type: 'chair-summary', title: 'Chair summary', status: 'issued', evidence: [ev(0, 1, 'F')], issuer: 'state:IN',
      about: 'event:summit', time: { value: '2023-03-02', text: 'Thursday', resolvedAgainst: { value: '2023-03-02', basis: 'dateline', record: 'article:sample' } },
      paragraphs: [{ id: 'paragraph:3', number: 3, text: 'Most members condemned', summary: 'condemned the war', evidence: [ev(0, 1, 'F')] }, { id: 'paragraph:4' }],
      signers: ['state:PT'], refusers: ['state:RU'] },
  ],
  Position: [
    { id: 'position:1', holders: ['state:IN'], stance: 'neutral', target: { kind: 'event', event: 'event:war' },
      basis: [{ kind: 'act', act: 'condemn the invasion', realis: 'negated', evidence: [ev(0, 1, 'F')], time: { value: '2023' } },
        { kind: 'statement', statement: 'statement:sample' }, { kind: 'document', document: 'document:chair' }],
      evidence: [ev(0, 1, 'F')], time: { value: '2023-03' }, accordingTo: 'anon:official', certainty: 'probable' },
    { id: 'position:2', holders: ['state:RU', 'state:CN'], stance: 'refuses-to-sign', target: { kind: 'paragraph', paragraph: 'paragraph:3' },
      basis: [{ kind: 'document', document: 'document:chair' }], evidence: [ev(0, 1, 'F')] },
    { id: 'position:4', holders: ['state:US'], stance: { scheme: 'plover', code: 'ACCUSE' }, target: { kind: 'actor', actor: 'state:RU' },
      basis: [{ kind: 'report', evidence: [ev(0, 1, 'F')] }], evidence: [ev(0, 1, 'F')] },
    { id: 'position:3', holders: ['state:US'], stance: 'supports', target: { kind: 'proposition', text: 'A ceasefire' },
      basis: [{ kind: 'statement', statement: 'statement:sample' }], evidence: [ev(0, 1, 'F')] },
  ],
  Relation: [
    { id: 'relation:1', type: 'close-ties', subject: 'state:IN', object: 'state:RU', evidence: [ev(0, 1, 'F')], description: 'Old friends', time: { value: '1971/..' } },
  ],
  Statement: [
    { id: 'statement:2', speakers: ['anon:official'], speechAct: 'claim', medium: 'news-agency-report',
      content: { kind: 'paraphrase', text: 'wanted to send this message directly', fragments: [{ text: 'send this message directly', evidence: ev(0, 1, 'F') }] },
      addressees: ['state:RU'], audience: ['group:western'], about: ['event:war'],
      attribution: [{ source: 'anon:official', relation: 'according-to', medium: 'interview', text: 'according to a US official' }],
      evidence: [ev(0, 1, 'F')] },
  ],
  Meeting: [
    { id: 'meeting:2', participants: ['person:a', 'person:b'], channel: 'phone', evidence: [ev(0, 1, 'F')], sidelinesOf: 'event:summit',
      duration: { value: 'PT10M', bound: 'less-than', text: 'less than 10 minutes' }, topics: ['Ukraine'], excludedTopics: ['trade'],
      conveyed: [{ by: 'person:a', to: 'person:b', content: 'A message', evidence: [ev(0, 1, 'F')] }], outcome: 'None', occurrences: 'several', realis: 'hypothetical' },
  ],
  Place: [{ id: 'place:sea', name: 'Black Sea', kind: 'sea', within: 'place:world', otherNames: ['the sea'], identifiers: [{ scheme: 'wikidata', value: 'Q166' }], mentions: [] }],
  Article: [{ id: 'article:2', text: 'x', language: 'zh-Hant-TW', url: 'https://example.org/news?id=1#top', publisher: 'A paper',
    published: { time: { value: '2024-05-06T09:30Z' }, inferred: false } }],
  Evidence: [ev(0, 0, ' ')],
  Time: [{ value: '../2024-05', text: 'until May' }, { value: '2024-05-06T23:59-05:00?' }, { value: '2024-02-29%' }],
})
