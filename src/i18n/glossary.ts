/**
 * The glossary: each term's id (its anchor on /<lang>/glossary/, which articles link to), its
 * name and definition in every locale, and where the site uses it. Articles are linked only
 * once they exist in the build (see glossary.astro); `test/content/glossary.test.ts` checks
 * that every place named here is a known article slug or a methods-page section.
 */
import { defineStrings, type Locale } from './index.ts';

export const glossaryIds = [
	'flop',
	'flops',
	'parameter',
	'token',
	'context',
	'micro-batch',
	'gradient-accumulation',
	'mfu',
	'hfu',
	'dense-peak',
	'tensor-core',
	'mixed-precision',
	'optimizer-state',
	'recomputation',
	'flashattention',
	'zero',
	'chinchilla-optimal',
	'gpu-year',
	'pue',
] as const;
export type GlossaryId = (typeof glossaryIds)[number];

/** Articles a term can point to (written in parallel: linked only when built). */
export const articleSlugs = [
	'how-estimates-work',
	'gpt-3-5-compute',
	'gpt-2-one-gpu',
	'nanogpt-run',
] as const;
export type ArticleSlug = (typeof articleSlugs)[number];

/** Sections of the methods page (their ids are the anchors). */
export const methodsSections = [
	'formulas',
	'compute',
	'memory',
	'scaling',
	'peaks',
	'utilisation',
	'units',
	'energy',
	'reality-check',
	'accelerators',
	'models',
] as const;
export type MethodsSection = (typeof methodsSections)[number];

export type Use = { article: ArticleSlug } | { methods: MethodsSection };

type Entry = { term: string; text: string };

export type GlossaryTerm = {
	id: GlossaryId;
	/** Where the site uses the term: the articles that link to it (derived), then methods sections. */
	uses: readonly Use[];
} & Record<Locale, Entry>;

/** A term as written here: the methods sections that use it (the articles are derived). */
type TermData = { id: GlossaryId; methods: readonly { methods: MethodsSection }[] } & Record<
	Locale,
	Entry
>;

/**
 * Every article in every language, as MDX source: an article uses a term when one of its
 * versions links to the term's anchor ("/<lang>/glossary/#<id>"), so the glossary's "used in"
 * follows the articles instead of a list typed beside them.
 */
const articleSources = import.meta.glob('../../content/articles/*/*.mdx', {
	query: '?raw',
	import: 'default',
	eager: true,
}) as Record<string, string>;

/** The articles whose text links to the term `id`, in `articleSlugs` order. */
export function articlesUsing(
	id: GlossaryId,
	sources = articleSources,
): { article: ArticleSlug }[] {
	const link = new RegExp(String.raw`/glossary/#${id}(?![\w-])`);
	return articleSlugs
		.filter((slug) =>
			Object.entries(sources).some(
				([path, body]) => path.endsWith(`/${slug}.mdx`) && link.test(body),
			),
		)
		.map((article) => ({ article }));
}

const terms: readonly TermData[] = [
	{
		id: 'flop',
		methods: [{ methods: 'compute' }],
		en: {
			term: 'FLOP',
			text: 'One floating-point operation (an addition or a multiplication): an amount of work. A multiply-add counts as two. The compute a training run needs is a number of FLOP, about 6 · N · D for N parameters and D tokens.',
		},
		fr: {
			term: 'FLOP',
			text: 'Une opération en virgule flottante (une addition ou une multiplication) : une quantité de travail. Une multiplication-addition compte pour deux. Le calcul qu’exige un entraînement est un nombre de FLOP, environ 6 · N · D pour N paramètres et D jetons.',
		},
		hi: {
			term: 'FLOP',
			text: 'एक फ़्लोटिंग-पॉइंट संक्रिया (एक जोड़ या एक गुणा): काम की एक मात्रा। गुणा-और-जोड़ को दो गिना जाता है। किसी ट्रेनिंग रन के लिए ज़रूरी कंप्यूट FLOP की एक संख्या है, N पैरामीटर और D टोकन के लिए लगभग 6 · N · D।',
		},
		ar: {
			term: 'FLOP',
			text: 'عملية واحدة بالفاصلة العائمة (جمع أو ضرب): كمية من العمل. وتُحسب عملية الضرب والجمع المدمجة عمليتين. والحوسبة التي يحتاجها التدريب عدد من FLOP، نحو 6 · N · D لنموذج ذي N معاملًا يُدرَّب على D وحدة نصية.',
		},
	},
	{
		id: 'flops',
		methods: [{ methods: 'peaks' }],
		en: {
			term: 'FLOP/s',
			text: 'Floating-point operations per second: a rate, what hardware can do. FLOP divided by FLOP/s gives seconds. This site never writes “FLOPS”, which is used for both the amount and the rate.',
		},
		fr: {
			term: 'FLOP/s',
			text: 'Opérations en virgule flottante par seconde : un débit, ce dont un matériel est capable. Des FLOP divisés par des FLOP/s donnent des secondes. Ce site n’écrit jamais « FLOPS », qu’on emploie tantôt pour la quantité, tantôt pour le débit.',
		},
		hi: {
			term: 'FLOP/s',
			text: 'प्रति सेकंड फ़्लोटिंग-पॉइंट संक्रियाएँ: एक दर, यानी हार्डवेयर क्या कर सकता है। FLOP को FLOP/s से भाग देने पर सेकंड मिलते हैं। यह साइट “FLOPS” कभी नहीं लिखती, क्योंकि वह मात्रा और दर दोनों के लिए इस्तेमाल होता है।',
		},
		ar: {
			term: 'FLOP/s',
			text: 'عمليات بالفاصلة العائمة في الثانية: معدّل، أي ما يقدر عليه العتاد. وقسمة FLOP على FLOP/s تعطي ثوانيَ. لا يكتب هذا الموقع «FLOPS» أبدًا، لأنها تُستعمل للكمية وللمعدّل معًا.',
		},
	},
	{
		id: 'parameter',
		methods: [{ methods: 'models' }],
		en: {
			term: 'Parameter',
			text: 'A number the model learns: a weight or a bias. N, the parameter count, is counted here from the architecture (layers, width, vocabulary, context) and compared with the published figure.',
		},
		fr: {
			term: 'Paramètre',
			text: 'Un nombre que le modèle apprend : un poids ou un biais. N, le nombre de paramètres, est compté ici à partir de l’architecture (couches, largeur, vocabulaire, contexte) et comparé au chiffre publié.',
		},
		hi: {
			term: 'पैरामीटर',
			text: 'वह संख्या जिसे मॉडल सीखता है: एक वेट (weight) या बायस। पैरामीटरों की गिनती N यहाँ आर्किटेक्चर (लेयर, चौड़ाई, शब्दावली, कॉन्टेक्स्ट) से की जाती है और प्रकाशित आँकड़े से मिलाई जाती है।',
		},
		ar: {
			term: 'المعامِل (parameter)',
			text: 'عدد يتعلّمه النموذج: وزن أو انحياز. ويُحسب عدد المعاملات N هنا من البنية (الطبقات، والعرض، والمفردات، والسياق) ويُقارن بالرقم المنشور.',
		},
	},
	{
		id: 'token',
		methods: [{ methods: 'compute' }],
		en: {
			term: 'Token',
			text: 'The unit of text a model reads and predicts: a word or a piece of one, as cut by its tokenizer. D, the training tokens, counts every token seen, repeats included.',
		},
		fr: {
			term: 'Jeton (token)',
			text: 'L’unité de texte qu’un modèle lit et prédit : un mot ou un morceau de mot, tel que le découpe son tokeniseur. D, le nombre de jetons d’entraînement, compte chaque jeton vu, répétitions comprises.',
		},
		hi: {
			term: 'टोकन',
			text: 'पाठ की वह इकाई जिसे मॉडल पढ़ता और अनुमानित करता है: एक शब्द या उसका टुकड़ा, जैसा उसका टोकनाइज़र काटता है। ट्रेनिंग टोकन D हर देखे गए टोकन को गिनता है, दोहराव समेत।',
		},
		ar: {
			term: 'الوحدة النصية (token)',
			text: 'وحدة النص التي يقرؤها النموذج ويتنبأ بها: كلمة أو جزء من كلمة كما يقطعها مُرمِّزه. ويعدّ D، أي الوحدات النصية للتدريب، كل وحدة نصية مرّت على النموذج، بما في ذلك المكرَّر.',
		},
	},
	{
		id: 'context',
		methods: [{ methods: 'compute' }, { methods: 'memory' }],
		en: {
			term: 'Context',
			text: 'How many tokens the model sees at once (T in the formulas, block_size in nanoGPT). Attention costs 12 · L · d · T FLOP per token on top of 6N, and, without FlashAttention, memory that grows with T².',
		},
		fr: {
			term: 'Contexte',
			text: 'Le nombre de jetons que le modèle voit à la fois (T dans les formules, block_size dans nanoGPT). L’attention coûte 12 · L · d · T FLOP par jeton en plus de 6N et, sans FlashAttention, une mémoire qui croît comme T².',
		},
		hi: {
			term: 'कॉन्टेक्स्ट (context)',
			text: 'मॉडल एक बार में कितने टोकन देखता है (सूत्रों में T, nanoGPT में block_size)। अटेंशन 6N के ऊपर प्रति टोकन 12 · L · d · T FLOP लेता है, और FlashAttention के बिना ऐसी मेमोरी जो T² के साथ बढ़ती है।',
		},
		ar: {
			term: 'السياق (context)',
			text: 'عدد الوحدات النصية التي يراها النموذج دفعة واحدة (T في الصيغ، وblock_size في nanoGPT). يكلّف الانتباه 12 · L · d · T FLOP لكل وحدة نصية فوق 6N، ويكلّف دون FlashAttention ذاكرة تنمو مع T².',
		},
	},
	{
		id: 'micro-batch',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'Micro-batch',
			text: 'The sequences one device runs together in one forward and backward pass (batch_size in nanoGPT). Activation memory grows with it; the FLOP per token do not.',
		},
		fr: {
			term: 'Micro-lot (micro-batch)',
			text: 'Les séquences qu’un accélérateur traite ensemble en une passe avant et arrière (batch_size dans nanoGPT). La mémoire des activations croît avec lui ; les FLOP par jeton, non.',
		},
		hi: {
			term: 'माइक्रो-बैच',
			text: 'वे अनुक्रम जिन्हें एक उपकरण एक फ़ॉरवर्ड और बैकवर्ड पास में साथ चलाता है (nanoGPT में batch_size)। एक्टिवेशन मेमोरी इसके साथ बढ़ती है; प्रति टोकन FLOP नहीं।',
		},
		ar: {
			term: 'الدفعة الصغرى (micro-batch)',
			text: 'التسلسلات التي يعالجها جهاز واحد معًا في تمرير أمامي وخلفي واحد (batch_size في nanoGPT). تنمو ذاكرة التنشيطات معها، أما عدد FLOP لكل وحدة نصية فلا.',
		},
	},
	{
		id: 'gradient-accumulation',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'Gradient accumulation',
			text: 'Running several micro-batches and adding up their gradients before one optimizer step. It gives a larger batch at the same peak memory, and the same FLOP per token: it does not raise memory, it only spreads one step over more passes.',
		},
		fr: {
			term: 'Accumulation de gradients',
			text: 'Faire passer plusieurs micro-lots et additionner leurs gradients avant un seul pas de l’optimiseur. On obtient un plus grand lot avec le même pic de mémoire et les mêmes FLOP par jeton : la mémoire ne monte pas, le pas est seulement réparti sur plus de passes.',
		},
		hi: {
			term: 'ग्रेडिएंट एक्युमुलेशन (gradient accumulation)',
			text: 'ऑप्टिमाइज़र के एक क़दम से पहले कई माइक्रो-बैच चलाकर उनके ग्रेडिएंट जोड़ना। इससे उतनी ही पीक मेमोरी में बड़ा बैच मिलता है और प्रति टोकन FLOP वही रहते हैं: मेमोरी नहीं बढ़ती, बस एक क़दम ज़्यादा पासों में बँट जाता है।',
		},
		ar: {
			term: 'تراكم التدرجات (gradient accumulation)',
			text: 'تشغيل عدة دفعات صغرى وجمع تدرجاتها قبل خطوة واحدة للمُحسِّن. يعطي ذلك دفعة أكبر بذروة الذاكرة نفسها وبعدد FLOP نفسه لكل وحدة نصية: لا ترتفع الذاكرة، بل تتوزع الخطوة على تمريرات أكثر.',
		},
	},
	{
		id: 'mfu',
		methods: [{ methods: 'utilisation' }, { methods: 'reality-check' }],
		en: {
			term: 'MFU (model FLOP utilisation)',
			text: 'The model’s FLOP per second (its FLOP per token × tokens per second) divided by the devices’ dense peak. Recomputation does not count. Above 100% the inputs are impossible; large published runs range from about a fifth (GPT-3) to just under half (PaLM).',
		},
		fr: {
			term: 'MFU (utilisation des FLOP du modèle)',
			text: 'Les FLOP par seconde du modèle (ses FLOP par jeton × les jetons par seconde) divisés par le pic dense des accélérateurs. Le recalcul ne compte pas. Au-delà de 100 %, les données sont impossibles ; les grands entraînements publiés vont d’environ un cinquième (GPT-3) à un peu moins de la moitié (PaLM).',
		},
		hi: {
			term: 'MFU (मॉडल FLOP उपयोग)',
			text: 'मॉडल के प्रति सेकंड FLOP (प्रति टोकन FLOP × प्रति सेकंड टोकन) को उपकरणों के डेंस पीक से भाग। रीकंप्यूटेशन नहीं गिना जाता। 100% से ऊपर इनपुट असंभव हैं; बड़े प्रकाशित ट्रेनिंग रन लगभग पाँचवें हिस्से (GPT-3) से लेकर आधे से थोड़ा कम (PaLM) तक रहते हैं।',
		},
		ar: {
			term: 'MFU (نسبة استخدام FLOP النموذج)',
			text: 'عدد FLOP التي ينفّذها النموذج في الثانية (FLOP لكل وحدة نصية × الوحدات النصية في الثانية) مقسومًا على الذروة الكثيفة للأجهزة. لا تُحسب إعادة الحساب. وما فوق 100% يعني أن المدخلات مستحيلة، وتتراوح التدريبات الكبيرة المنشورة بين نحو الخُمس (GPT-3) وأقل قليلًا من النصف (PaLM).',
		},
	},
	{
		id: 'hfu',
		methods: [{ methods: 'utilisation' }],
		en: {
			term: 'HFU (hardware FLOP utilisation)',
			text: 'Like MFU, but counting every FLOP the hardware ran, including the forward passes rerun by activation recomputation. HFU is at least MFU; comparing runs by HFU flatters those that recompute.',
		},
		fr: {
			term: 'HFU (utilisation des FLOP du matériel)',
			text: 'Comme le MFU, mais en comptant tous les FLOP exécutés par le matériel, y compris les passes avant refaites par le recalcul des activations. Le HFU est au moins égal au MFU ; comparer des entraînements par leur HFU avantage ceux qui recalculent.',
		},
		hi: {
			term: 'HFU (हार्डवेयर FLOP उपयोग)',
			text: 'MFU जैसा ही, पर हार्डवेयर के चलाए हर FLOP को गिनते हुए, एक्टिवेशन रीकंप्यूटेशन से दोबारा चले फ़ॉरवर्ड पास समेत। HFU कम से कम MFU के बराबर होता है; HFU से तुलना रीकंप्यूट करने वाले ट्रेनिंग रन को बेहतर दिखाती है।',
		},
		ar: {
			term: 'HFU (نسبة استخدام FLOP العتاد)',
			text: 'مثل MFU، لكنها تعدّ كل FLOP نفّذها العتاد، بما فيها التمريرات الأمامية المعادة بسبب إعادة حساب التنشيطات. لا تقل HFU عن MFU، والمقارنة بها تحابي التدريبات التي تعيد الحساب.',
		},
	},
	{
		id: 'dense-peak',
		methods: [{ methods: 'peaks' }, { methods: 'accelerators' }],
		en: {
			term: 'Dense and sparse peak',
			text: 'A vendor’s peak FLOP/s for ordinary (dense) matrices, per number format. “With sparsity” figures assume half the weights are zero in a 2:4 pattern and are twice as large; training does not use that pattern, so this site divides them by two.',
		},
		fr: {
			term: 'Pic dense et pic « avec parcimonie »',
			text: 'Le pic de débit qu’annonce un constructeur pour des matrices ordinaires (denses), par format de nombres. Les chiffres « avec parcimonie » (with sparsity) supposent la moitié des poids nuls selon un motif 2:4 et sont deux fois plus grands ; l’entraînement n’emploie pas ce motif, et ce site les divise donc par deux.',
		},
		hi: {
			term: 'डेंस और स्पार्स पीक',
			text: 'साधारण (डेंस) मैट्रिक्स के लिए निर्माता की पीक FLOP/s, हर संख्या-प्रारूप के लिए अलग। “स्पार्सिटी सहित” आँकड़े मानते हैं कि 2:4 पैटर्न में आधे वेट शून्य हैं और दोगुने होते हैं; ट्रेनिंग यह पैटर्न इस्तेमाल नहीं करती, इसलिए यह साइट उन्हें दो से भाग देती है।',
		},
		ar: {
			term: 'الذروة الكثيفة والذروة مع التناثر',
			text: 'معدّل الذروة الذي يعلنه المصنّع للمصفوفات العادية (الكثيفة)، لكل صيغة عددية. أما أرقام «مع التناثر» (with sparsity) فتفترض أن نصف الأوزان أصفار بنمط 2:4 وهي ضعف الأولى، والتدريب لا يستعمل هذا النمط، لذا يقسمها هذا الموقع على اثنين.',
		},
	},
	{
		id: 'tensor-core',
		methods: [{ methods: 'peaks' }],
		en: {
			term: 'Tensor core',
			text: 'Matrix-multiply units in NVIDIA GPUs since Volta that work on small tiles in reduced precision (FP16, BF16, TF32, FP8) many times faster than the ordinary FP32 cores. Most of a modern GPU’s peak is theirs; training that does not use them runs at the much lower FP32 rate.',
		},
		fr: {
			term: 'Cœur tensoriel (tensor core)',
			text: 'Unités de multiplication matricielle des GPU NVIDIA depuis Volta, qui traitent de petits blocs en précision réduite (FP16, BF16, TF32, FP8) bien plus vite que les cœurs FP32 ordinaires. L’essentiel du pic d’un GPU moderne vient d’eux ; un entraînement qui ne les utilise pas tourne au débit FP32, bien plus bas.',
		},
		hi: {
			term: 'टेंसर कोर',
			text: 'Volta से NVIDIA GPU की मैट्रिक्स-गुणा इकाइयाँ, जो छोटे खंडों पर कम प्रिसिज़न (FP16, BF16, TF32, FP8) में साधारण FP32 कोर से कई गुना तेज़ काम करती हैं। आधुनिक GPU का अधिकांश पीक इन्हीं का है; जो ट्रेनिंग रन इनका उपयोग नहीं करता वह बहुत कम FP32 दर पर चलता है।',
		},
		ar: {
			term: 'أنوية الموتّرات (tensor cores)',
			text: 'وحدات ضرب المصفوفات في وحدات NVIDIA منذ معمارية Volta، تعالج كتلًا صغيرة بدقة مخفّضة (FP16 وBF16 وTF32 وFP8) أسرع بأضعاف من أنوية FP32 العادية. ومنها معظم ذروة وحدة المعالجة الحديثة، والتدريب الذي لا يستعملها يجري بمعدّل FP32 الأدنى بكثير.',
		},
	},
	{
		id: 'mixed-precision',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'Mixed precision',
			text: 'Computing the forward and backward passes in 16-bit numbers (BF16 or FP16) on tensor cores while keeping an FP32 master copy of the weights for the update. It makes training faster and activations smaller; it does not change the FLOP count.',
		},
		fr: {
			term: 'Précision mixte',
			text: 'Calculer les passes avant et arrière en nombres de 16 bits (BF16 ou FP16) sur les cœurs tensoriels, en gardant une copie maîtresse des poids en FP32 pour la mise à jour. L’entraînement va plus vite et les activations tiennent moins de place ; le nombre de FLOP ne change pas.',
		},
		hi: {
			term: 'मिक्स्ड प्रिसिज़न (mixed precision)',
			text: 'फ़ॉरवर्ड और बैकवर्ड पास टेंसर कोर पर 16-बिट संख्याओं (BF16 या FP16) में करना, और अपडेट के लिए वेट की FP32 मुख्य प्रति रखना। इससे ट्रेनिंग तेज़ होती है और एक्टिवेशन छोटे; FLOP की गिनती नहीं बदलती।',
		},
		ar: {
			term: 'الدقة المختلطة (mixed precision)',
			text: 'حساب التمريرين الأمامي والخلفي بأعداد من 16 بت (BF16 أو FP16) على أنوية الموتّرات، مع الاحتفاظ بنسخة رئيسية من الأوزان بدقة FP32 للتحديث. يسرّع ذلك التدريب ويصغّر التنشيطات، ولا يغيّر عدد FLOP.',
		},
	},
	{
		id: 'optimizer-state',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'Optimizer state',
			text: 'What the optimizer keeps per parameter besides the weights. Adam keeps two running moments; with mixed precision they and the FP32 master weights take 12 bytes per parameter, which with 16-bit weights and gradients makes the usual 16 bytes per parameter before activations.',
		},
		fr: {
			term: 'État de l’optimiseur',
			text: 'Ce que l’optimiseur conserve pour chaque paramètre en plus des poids. Adam garde deux moments glissants ; en précision mixte, eux et la copie maîtresse FP32 occupent 12 octets par paramètre, ce qui, avec des poids et des gradients en 16 bits, fait les 16 octets par paramètre habituels, activations non comprises.',
		},
		hi: {
			term: 'ऑप्टिमाइज़र स्टेट (optimizer state)',
			text: 'वेट के अलावा ऑप्टिमाइज़र हर पैरामीटर के लिए जो रखता है। Adam दो चलते मोमेंट रखता है; मिक्स्ड प्रिसिज़न में ये और FP32 मुख्य वेट प्रति पैरामीटर 12 बाइट लेते हैं, जो 16-बिट वेट और ग्रेडिएंट के साथ एक्टिवेशन से पहले सामान्य 16 बाइट प्रति पैरामीटर बनाते हैं।',
		},
		ar: {
			term: 'حالة المُحسِّن (optimizer state)',
			text: 'ما يحتفظ به المُحسِّن لكل معامل إلى جانب الأوزان. يحتفظ Adam بعزمين متحركين، وفي الدقة المختلطة يشغلان مع النسخة الرئيسية FP32 من الأوزان 12 بايت لكل معامل، فيصير المجموع مع الأوزان والتدرجات بدقة 16 بت البايتات الستة عشر المعتادة لكل معامل قبل التنشيطات.',
		},
	},
	{
		id: 'recomputation',
		methods: [{ methods: 'memory' }, { methods: 'utilisation' }],
		en: {
			term: 'Activation recomputation',
			text: 'Keeping only some activations during the forward pass and recomputing the rest during the backward pass (also called activation checkpointing). It trades memory for time: less activation memory, more hardware FLOP, so HFU rises while MFU does not.',
		},
		fr: {
			term: 'Recalcul des activations',
			text: 'Ne garder qu’une partie des activations pendant la passe avant et recalculer le reste pendant la passe arrière (on parle aussi de checkpointing des activations). On échange de la mémoire contre du temps : moins de mémoire d’activations, plus de FLOP matériels ; le HFU monte, pas le MFU.',
		},
		hi: {
			term: 'एक्टिवेशन रीकंप्यूटेशन',
			text: 'फ़ॉरवर्ड पास में केवल कुछ एक्टिवेशन रखना और बाक़ी बैकवर्ड पास में दोबारा गणना करना (इसे एक्टिवेशन चेकपॉइंटिंग भी कहते हैं)। यह समय के बदले मेमोरी बचाता है: कम एक्टिवेशन मेमोरी, ज़्यादा हार्डवेयर FLOP; HFU बढ़ता है, MFU नहीं।',
		},
		ar: {
			term: 'إعادة حساب التنشيطات (recomputation)',
			text: 'الاحتفاظ ببعض التنشيطات فقط أثناء التمرير الأمامي وإعادة حساب البقية أثناء التمرير الخلفي (ويُسمّى أيضًا activation checkpointing). هي مقايضة للذاكرة بالوقت: ذاكرة تنشيطات أقل وFLOP عتاد أكثر، فترتفع HFU ولا ترتفع MFU.',
		},
	},
	{
		id: 'flashattention',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'FlashAttention',
			text: 'An exact attention algorithm that works through the scores in tiles held in on-chip memory and never stores the T × T score matrix. Attention memory then grows with T instead of T²; the FLOP count stays about the same.',
		},
		fr: {
			term: 'FlashAttention',
			text: 'Un algorithme d’attention exact qui parcourt les scores par blocs gardés dans la mémoire de la puce, sans jamais stocker la matrice T × T des scores. La mémoire de l’attention croît alors comme T au lieu de T² ; le nombre de FLOP reste à peu près le même.',
		},
		hi: {
			term: 'FlashAttention',
			text: 'एक सटीक अटेंशन एल्गोरिद्म जो स्कोर को चिप की अपनी मेमोरी में रखे खंडों में निपटाता है और T × T स्कोर मैट्रिक्स कभी संग्रहित नहीं करता। तब अटेंशन की मेमोरी T² के बजाय T के साथ बढ़ती है; FLOP लगभग उतने ही रहते हैं।',
		},
		ar: {
			term: 'FlashAttention',
			text: 'خوارزمية انتباه دقيقة تعالج الدرجات في كتل محفوظة في ذاكرة الشريحة ولا تخزّن أبدًا مصفوفة الدرجات T × T. فتنمو ذاكرة الانتباه مع T بدل T²، ويبقى عدد FLOP تقريبًا كما هو.',
		},
	},
	{
		id: 'zero',
		methods: [{ methods: 'memory' }],
		en: {
			term: 'ZeRO and FSDP',
			text: 'Sharding training state across data-parallel devices so each holds only its share: optimizer state (ZeRO stage 1), also gradients (stage 2), also weights (stage 3). PyTorch’s FSDP does the same (FULL_SHARD is stage 3). It cuts memory per device, not the total, and adds communication.',
		},
		fr: {
			term: 'ZeRO et FSDP',
			text: 'Répartir l’état de l’entraînement entre les accélérateurs en parallélisme de données, chacun n’en gardant que sa part : l’état de l’optimiseur (ZeRO étape 1), puis aussi les gradients (étape 2), puis aussi les poids (étape 3). FSDP, dans PyTorch, fait de même (FULL_SHARD correspond à l’étape 3). La mémoire par accélérateur baisse, pas le total, et les communications augmentent.',
		},
		hi: {
			term: 'ZeRO और FSDP',
			text: 'डेटा-समानांतर उपकरणों में ट्रेनिंग की स्टेट बाँटना ताकि हर एक सिर्फ़ अपना हिस्सा रखे: ऑप्टिमाइज़र स्टेट (ZeRO चरण 1), फिर ग्रेडिएंट भी (चरण 2), फिर वेट भी (चरण 3)। PyTorch का FSDP यही करता है (FULL_SHARD चरण 3 है)। इससे प्रति उपकरण मेमोरी घटती है, कुल नहीं, और संचार बढ़ता है।',
		},
		ar: {
			term: 'ZeRO وFSDP',
			text: 'تقسيم حالة التدريب على أجهزة التوازي في البيانات بحيث يحمل كلٌّ منها حصته فقط: حالة المُحسِّن (المرحلة 1 من ZeRO)، ثم التدرجات أيضًا (المرحلة 2)، ثم الأوزان أيضًا (المرحلة 3). ويفعل FSDP في PyTorch الشيء نفسه (FULL_SHARD هي المرحلة 3). تنخفض الذاكرة لكل جهاز لا المجموع، ويزداد الاتصال.',
		},
	},
	{
		id: 'chinchilla-optimal',
		methods: [{ methods: 'scaling' }],
		en: {
			term: 'Chinchilla-optimal',
			text: 'The split of a compute budget between parameters and tokens that gives the lowest loss under a fitted scaling law (Hoffmann et al. 2022): roughly 20 tokens per parameter. Hoffmann’s fit and Epoch AI’s refit of the same data disagree, so this site names the fit it uses.',
		},
		fr: {
			term: 'Optimal au sens de Chinchilla',
			text: 'Le partage d’un budget de calcul entre paramètres et jetons qui donne la perte la plus basse selon une loi d’échelle ajustée (Hoffmann et al. 2022) : environ 20 jetons par paramètre. L’ajustement de Hoffmann et celui qu’Epoch AI a refait sur les mêmes données divergent ; ce site nomme donc celui qu’il emploie.',
		},
		hi: {
			term: 'चिंचिला-इष्टतम (Chinchilla-optimal)',
			text: 'कंप्यूट बजट का पैरामीटर और टोकन के बीच वह बँटवारा जो फ़िट किए गए स्केलिंग नियम (Hoffmann et al. 2022) के अनुसार सबसे कम लॉस देता है: लगभग 20 टोकन प्रति पैरामीटर। Hoffmann का फ़िट और उसी डेटा पर Epoch AI का दोबारा किया फ़िट मेल नहीं खाते, इसलिए यह साइट बताती है कि वह कौन-सा फ़िट लेती है।',
		},
		ar: {
			term: 'الأمثل وفق Chinchilla',
			text: 'تقسيم ميزانية الحوسبة بين المعاملات والوحدات النصية الذي يعطي أدنى خسارة وفق قانون تحجيم مُلاءَم (Hoffmann et al. 2022): نحو 20 وحدة نصية لكل معامل. وتختلف ملاءَمة Hoffmann عن الملاءَمة التي أعادتها Epoch AI على البيانات نفسها، لذا يسمّي هذا الموقع الملاءَمة التي يستعملها.',
		},
	},
	{
		id: 'gpu-year',
		methods: [{ methods: 'units' }],
		en: {
			term: 'GPU-year',
			text: 'One accelerator running for one year (here a Julian year of 365.25 days). It measures hardware time, not compute: the FLOP a GPU-year delivers depend on the GPU, the precision and the utilisation.',
		},
		fr: {
			term: 'Année-GPU',
			text: 'Un accélérateur qui tourne pendant un an (ici une année julienne de 365,25 jours). C’est une durée de matériel, pas une quantité de calcul : les FLOP que fournit une année-GPU dépendent du GPU, de la précision et de l’utilisation.',
		},
		hi: {
			term: 'GPU-वर्ष',
			text: 'एक त्वरक का एक साल तक चलना (यहाँ 365.25 दिनों का जूलियन वर्ष)। यह हार्डवेयर का समय मापता है, कंप्यूट नहीं: एक GPU-वर्ष कितने FLOP देता है यह GPU, प्रिसिज़न और उपयोग पर निर्भर है।',
		},
		ar: {
			term: 'سنة-GPU',
			text: 'تشغيل مسرّع واحد مدة سنة (وهي هنا السنة اليوليانية، 365.25 يومًا). إنها مقياس لوقت العتاد لا للحوسبة: فعدد FLOP الذي تقدمه سنة-GPU يتوقف على الوحدة والدقة ونسبة الاستخدام.',
		},
	},
	{
		id: 'pue',
		methods: [{ methods: 'energy' }],
		en: {
			term: 'PUE (power usage effectiveness)',
			text: 'A data centre’s total power divided by the power its computers draw: at least 1, higher when cooling and power distribution cost more. Energy estimates multiply the devices’ power by it; a GPU at home has no such overhead beyond the rest of the computer.',
		},
		fr: {
			term: 'PUE (efficacité énergétique)',
			text: 'La puissance totale d’un centre de données divisée par celle que tirent ses ordinateurs : au moins 1, davantage quand le refroidissement et la distribution électrique coûtent plus. Les estimations d’énergie multiplient par elle la puissance des accélérateurs ; un GPU à la maison n’a pas ce surcoût, hormis le reste de l’ordinateur.',
		},
		hi: {
			term: 'PUE (पावर यूसेज इफ़ेक्टिवनेस)',
			text: 'किसी डेटा सेंटर की कुल बिजली को उसके कंप्यूटरों की खपत से भाग: कम से कम 1, और ठंडा करने व बिजली-वितरण की लागत बढ़ने पर ज़्यादा। ऊर्जा के अनुमान उपकरणों की बिजली को इससे गुणा करते हैं; घर के GPU पर बाक़ी कंप्यूटर के अलावा ऐसा कोई अतिरिक्त भार नहीं होता।',
		},
		ar: {
			term: 'PUE (فعالية استخدام الطاقة)',
			text: 'القدرة الكلية لمركز البيانات مقسومة على القدرة التي تسحبها حواسيبه: واحد على الأقل، وتزيد كلما زادت كلفة التبريد وتوزيع الكهرباء. وتضرب تقديرات الطاقة قدرة الأجهزة فيها، أما وحدة المعالجة في المنزل فلا عبء إضافيًا عليها سوى بقية الحاسوب.',
		},
	},
];

export const glossary: readonly GlossaryTerm[] = terms.map(({ methods, ...term }) => ({
	...term,
	uses: [...articlesUsing(term.id), ...methods],
}));

/** The glossary page's own strings. */
export const glossaryStrings = defineStrings(
	{
		title: 'Glossary',
		description:
			'Short, precise definitions of the terms used on this site: FLOP and FLOP/s, MFU, dense peaks, mixed precision, optimizer state, ZeRO, Chinchilla-optimal and more.',
		intro:
			'The words this site uses for compute, memory and hardware, each with a link to where it matters.',
		usedIn: 'Used in:',
		methods: 'Methods',
	},
	{
		fr: {
			title: 'Glossaire',
			description:
				'Des définitions courtes et précises des termes de ce site : FLOP et FLOP/s, MFU, pics denses, précision mixte, état de l’optimiseur, ZeRO, optimum de Chinchilla, etc.',
			intro:
				'Les mots qu’emploie ce site pour le calcul, la mémoire et le matériel, chacun avec un lien vers l’endroit où il compte.',
			usedIn: 'Employé dans :',
			methods: 'Méthodes',
		},
		hi: {
			title: 'शब्दावली',
			description:
				'इस साइट पर प्रयुक्त शब्दों की छोटी, सटीक परिभाषाएँ: FLOP और FLOP/s, MFU, डेंस पीक, मिक्स्ड प्रिसिज़न, ऑप्टिमाइज़र स्टेट, ZeRO, चिंचिला-इष्टतम और भी।',
			intro:
				'कंप्यूट, मेमोरी और हार्डवेयर के लिए यह साइट जिन शब्दों का उपयोग करती है, हर एक के साथ उस जगह की कड़ी जहाँ वह मायने रखता है।',
			usedIn: 'कहाँ प्रयुक्त:',
			methods: 'विधियाँ',
		},
		ar: {
			title: 'المسرد',
			description:
				'تعريفات قصيرة ودقيقة للمصطلحات المستعملة في هذا الموقع: FLOP وFLOP/s، وMFU، والذروة الكثيفة، والدقة المختلطة، وحالة المُحسِّن، وZeRO، والأمثل وفق Chinchilla، وغيرها.',
			intro:
				'الكلمات التي يستعملها هذا الموقع للحوسبة والذاكرة والعتاد، مع رابط لكلٍّ منها إلى حيث تهمّ.',
			usedIn: 'يُستعمل في:',
			methods: 'المنهجية',
		},
	},
);
