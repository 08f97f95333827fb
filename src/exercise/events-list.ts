import type { Inject } from './types';

// A sample master events list (MEL) for the transition-2012 scenario (issue 11, item 6): cards of
// the shipped deck, each put to the room for a purpose, in the years a 2013-2018 term plays.
// Word-free: what each inject is for and what the control cell expects of the teams are written in
// each language in i18n/exercise-events.ts and joined to these entries by `eventsListFrom`.
//
// The scheduled cards are chosen so that they fit any strategy the incoming president may choose
// (their own conditions hold in most games); the two held ones belong to a particular path (Option
// D; a relationship grown close enough to talk of a combined command) and wait for the facilitator.

export const SAMPLE_EVENTS_SCENARIO = 'transition-2012';

export interface SampleInject {
  readonly id: string;
  /** A card id of the scenario's deck. */
  readonly card: string;
  readonly schedule: Inject['schedule'];
}

export const SAMPLE_EVENTS = [
  // §4 Comprehensive Strategy: "The three-year Mérida Initiative support is ending." Follow-through.
  { id: 'mel-merida-follow-up', card: 'us-merida-support-ending', schedule: { kind: 'year', year: 2013 } },
  // §4 Expand and Institutionalize: ties "fade away when the personalities involved retired".
  { id: 'mel-before-rotation', card: 'rec-before-they-rotate', schedule: { kind: 'year', year: 2014 } },
  // §4 Manage Expectations: guns and cash southbound; the red team arms up or buys officials.
  { id: 'mel-arms-pipeline', card: 'tco-arms-pipeline', schedule: { kind: 'year', year: 2014 } },
  // §2 Historical Context: the SOUTHCOM remark of 2000, echoed. A sovereignty shock to damp.
  { id: 'mel-command-remark', card: 'southcom-remark-echo', schedule: { kind: 'year', year: 2015 } },
  // §2 Historical Context: "formal, if not prickly" SEDENA and a US criticism on the record.
  { id: 'mel-public-criticism', card: 'us-public-criticism-stings', schedule: { kind: 'year', year: 2016 } },
  // §2 A Maturing, But Still Fragile Relationship: Katrina 2005; the functional channel.
  { id: 'mel-hurricane', card: 'hurricane-relief', schedule: { kind: 'year', year: 2016 } },
  // §3 Option D: kidnapping and extortion "integral to their overall operations".
  { id: 'mel-kidnapping-wave', card: 'tco-kidnapping-wave', schedule: { kind: 'year', year: 2017 } },
  // §4 Manage Expectations: realistic objectives for a bi-national partnership.
  { id: 'mel-realistic-objectives', card: 'rec-realistic-objectives', schedule: { kind: 'year', year: 2017 } },
  // §3 Option D: the US "unwilling to pass information or intelligence". Release if D is chosen.
  { id: 'mel-intelligence-withheld', card: 'd-intelligence-withheld', schedule: { kind: 'hold' } },
  // §3 Option A / §4: a bi-national command under Mexican leadership. Release if the relationship is Institutionalized.
  { id: 'mel-combined-command', card: 'rec-combined-command-debate', schedule: { kind: 'hold' } },
] as const satisfies readonly SampleInject[];

export type SampleInjectId = (typeof SAMPLE_EVENTS)[number]['id'];

/** What an inject is for and what the control cell expects, in one language. */
export interface InjectWords {
  readonly objective: string;
  readonly expectedResponse: string;
}

/** The sample list as the exercise holds it, with the words of one language. Nothing released yet. */
export function eventsListFrom(words: Readonly<Record<SampleInjectId, InjectWords>>): Inject[] {
  return SAMPLE_EVENTS.map((e) => ({
    id: e.id,
    card: { kind: 'deck', card: e.card },
    objective: words[e.id].objective,
    expectedResponse: words[e.id].expectedResponse,
    schedule: e.schedule,
    released: null,
  }));
}
