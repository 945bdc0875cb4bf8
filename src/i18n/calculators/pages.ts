/** Strings of the calculators page and the home page's quick-answer section. */
import { defineStrings } from '../index.ts';

const en = {
	title: 'Calculators',
	description:
		'Four calculators over one estimation core: compute budget, can I train it, run planner and compute-optimal sizing. Every input is in the link.',
	intro:
		'Each calculator starts from a realistic example, keeps its inputs in the page’s link (copy it to share a result) and shows how every number is computed.',
	mfuWhy:
		'Where no scenario sets it, utilisation is {default} MFU, near what large published runs report: PaLM {palm}, Llama 3.1 405B {llama}. Megatron-LM’s often-quoted {megatronHfu} of peak counts recomputed work (HFU, not MFU); as MFU it is {megatronMfu}. Small runs on one card often reach less.',
	contents: 'On this page',
	quickHeading: 'Could my GPU train it?',
	allCalculators: 'All four calculators',
};

export type PageStrings = typeof en;

export const pageStrings = defineStrings<PageStrings>(en, {
	fr: {
		title: 'Calculateurs',
		description:
			'Quatre calculateurs sur un même cœur d’estimation : budget de calcul, puis-je l’entraîner, planification d’un entraînement et taille optimale. Chaque entrée est dans le lien.',
		intro:
			'Chaque calculateur part d’un exemple réaliste, garde ses entrées dans le lien de la page (copiez-le pour partager un résultat) et montre comment chaque nombre est obtenu.',
		mfuWhy:
			'Quand aucun scénario ne la fixe, l’utilisation est de {default} de MFU, près de ce que publient les grands entraînements : PaLM {palm}, Llama 3.1 405B {llama}. Les {megatronHfu} du pic souvent cités pour Megatron-LM comptent le travail recalculé (HFU, pas MFU) ; en MFU, c’est {megatronMfu}. Les petits entraînements sur une carte atteignent souvent moins.',
		contents: 'Sur cette page',
		quickHeading: 'Mon GPU pourrait-il l’entraîner ?',
		allCalculators: 'Les quatre calculateurs',
	},
	hi: {
		title: 'कैलकुलेटर',
		description:
			'एक ही अनुमान-कोर पर चार कैलकुलेटर: कंप्यूट बजट, क्या मैं इसे ट्रेन कर सकता हूँ, रन प्लानर और कंप्यूट-इष्टतम आकार। हर इनपुट लिंक में रहता है।',
		intro:
			'हर कैलकुलेटर एक यथार्थवादी उदाहरण से शुरू होता है, अपने इनपुट पेज के लिंक में रखता है (नतीजा साझा करने के लिए उसे कॉपी करें) और दिखाता है कि हर संख्या कैसे निकली।',
		mfuWhy:
			'जहाँ कोई परिदृश्य इसे तय नहीं करता, वहाँ उपयोग {default} MFU है, जो बड़े प्रकाशित रनों के बताए आँकड़ों के करीब है: PaLM {palm}, Llama 3.1 405B {llama}। Megatron-LM का अक्सर उद्धृत, पीक का {megatronHfu}, दोबारा गणना किए गए काम को भी गिनता है (HFU, MFU नहीं); MFU के रूप में यह {megatronMfu} है। एक कार्ड पर छोटे रन अक्सर इससे कम पहुँचते हैं।',
		contents: 'इस पेज पर',
		quickHeading: 'क्या मेरा GPU इसे ट्रेन कर सकता है?',
		allCalculators: 'चारों कैलकुलेटर',
	},
	ar: {
		title: 'الحاسبات',
		description:
			'أربع حاسبات فوق نواة تقدير واحدة: ميزانية الحوسبة، وهل أستطيع تدريبه، ومخطط التدريب، والحجم الأمثل حوسبيًا. كل مُدخل محفوظ في الرابط.',
		intro:
			'تبدأ كل حاسبة من مثال واقعي، وتحفظ مدخلاتها في رابط الصفحة (انسخه لمشاركة نتيجة)، وتبيّن كيف حُسب كل رقم.',
		mfuWhy:
			'حين لا يحدده سيناريو، يكون الاستخدام {default} MFU، قريبًا مما تنشره عمليات التدريب الكبيرة: PaLM ‏{palm}، وLlama 3.1 405B ‏{llama}. أما نسبة {megatronHfu} من الذروة الشائعة لـ Megatron-LM فتحسب العمل المُعاد حسابه (HFU لا MFU)؛ وهي {megatronMfu} بوصفها MFU. وكثيرًا ما تبلغ العمليات الصغيرة على بطاقة واحدة أقل من ذلك.',
		contents: 'في هذه الصفحة',
		quickHeading: 'هل تستطيع وحدتي GPU تدريبه؟',
		allCalculators: 'الحاسبات الأربع',
	},
});
