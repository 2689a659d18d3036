/**
 * The facts of the Free AI credits system (PRODUCT.md, "Rules of the credit system").
 * Plain data, no React and no I/O: the client, the mock backend and the tests all read these.
 */

export const PLANS = ['free', 'pro'] as const;
export type Plan = (typeof PLANS)[number];

/** Rule 2: every new Free account starts with this pool. */
export const STARTER_CREDITS = 50;

/** Rule 3: the onboarding checklist grants at most this many on top of the starter pool. */
export const ONBOARDING_CREDITS_MAX = 50;

/** A balance at or under this many credits is "low": the gauge warns before zero. */
export const LOW_BALANCE_THRESHOLD = 10;

/** Rule 5: every run of one of these spends exactly one credit on Free. */
export const AI_ACTION_KINDS = [
  'dm_reply',
  'auto_like',
  'intent_detection',
  'contact_property_detection',
  'scenario_auto_dm',
  'scenario_ai_message',
  'scenario_auto_comment',
  'scenario_hand_over_check',
  'scenario_ai_condition',
  'ask_question_match',
  'ask_information_detection',
  'shopify_product_reply',
  'test_chat_reply',
] as const;
export type AiActionKind = (typeof AI_ACTION_KINDS)[number];

/**
 * Kinds where the agent itself speaks or reacts to a contact. "Disable all replies" silences
 * these even when AI could run (for example on Pro right after an upgrade, before the merchant
 * restores the previous mode). Detections and test chats are not replies to a contact.
 */
export const AGENT_REPLY_KINDS: ReadonlySet<AiActionKind> = new Set<AiActionKind>([
  'dm_reply',
  'auto_like',
  'scenario_auto_dm',
  'scenario_ai_message',
  'scenario_auto_comment',
  'scenario_hand_over_check',
  'shopify_product_reply',
]);

export const GRANT_SOURCES = ['starter', 'onboarding', 'promotion'] as const;

export interface OnboardingStep {
  id: string;
  title: string;
  credits: number;
}

/** Rule 3: together these grant exactly ONBOARDING_CREDITS_MAX (checked by a unit test). */
export const ONBOARDING_STEPS: readonly OnboardingStep[] = [
  { id: 'connect_instagram', title: 'Connect your Instagram account', credits: 10 },
  { id: 'describe_business', title: 'Tell the agent about your business', credits: 10 },
  { id: 'add_intent', title: 'Add your first intent', credits: 10 },
  { id: 'build_scenario', title: 'Build your first scenario', credits: 10 },
  { id: 'try_test_chat', title: 'Talk to your agent in a test chat', credits: 10 },
];
