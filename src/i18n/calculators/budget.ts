/** UI strings of the compute-budget calculator. */
import { defineStrings } from '../index.ts';

const en = {
	title: 'Compute budget',
	intro:
		'How much compute can your hardware deliver? GPUs × dense peak × utilisation × time, compared with the training compute of known models.',
	duration: 'Duration',
	durationUnit: 'Duration unit',
	durationUnits: { hour: 'Hours', day: 'Days', year: 'Years (365.25 days)' },
	rFlops: 'Compute delivered',
	rRate: 'Sustained throughput',
	rSeconds: 'Duration in seconds',
	shareOf: 'Share of {model}',
	shareNote: '{flops} FLOP (6·N·D with published tokens)',
	sharesHeading: 'What fraction of known training runs is that?',
	chartTitle: 'Your budget against known training runs',
	chartDesc: 'Training compute on a logarithmic scale: your budget and known models.',
	chartAxis: 'Training compute (FLOP, log scale)',
	you: 'Your budget',
};

export type BudgetStrings = typeof en;

export const budgetStrings = defineStrings<BudgetStrings>(en, {
	fr: {
		title: 'Budget de calcul',
		intro:
			'Combien de calcul votre matériel peut-il fournir ? GPU × pic dense × utilisation × durée, comparé au calcul d’entraînement de modèles connus.',
		duration: 'Durée',
		durationUnit: 'Unité de durée',
		durationUnits: { hour: 'Heures', day: 'Jours', year: 'Années (365,25 jours)' },
		rFlops: 'Calcul fourni',
		rRate: 'Débit soutenu',
		rSeconds: 'Durée en secondes',
		shareOf: 'Part de {model}',
		shareNote: '{flops} FLOP (6·N·D avec les jetons publiés)',
		sharesHeading: 'Quelle part d’entraînements connus cela représente-t-il ?',
		chartTitle: 'Votre budget face à des entraînements connus',
		chartDesc:
			'Calcul d’entraînement sur une échelle logarithmique : votre budget et des modèles connus.',
		chartAxis: 'Calcul d’entraînement (FLOP, échelle log)',
		you: 'Votre budget',
	},
	hi: {
		title: 'कंप्यूट बजट',
		intro:
			'आपका हार्डवेयर कितना कंप्यूट दे सकता है? GPU × डेंस पीक × उपयोग × समय, ज्ञात मॉडलों के ट्रेनिंग कंप्यूट से तुलना के साथ।',
		duration: 'अवधि',
		durationUnit: 'अवधि की इकाई',
		durationUnits: { hour: 'घंटे', day: 'दिन', year: 'वर्ष (365.25 दिन)' },
		rFlops: 'दिया गया कंप्यूट',
		rRate: 'निरंतर थ्रूपुट',
		rSeconds: 'सेकंड में अवधि',
		shareOf: '{model} का हिस्सा',
		shareNote: '{flops} FLOP (प्रकाशित टोकन के साथ 6·N·D)',
		sharesHeading: 'यह ज्ञात ट्रेनिंग रन का कितना हिस्सा है?',
		chartTitle: 'ज्ञात ट्रेनिंग रन की तुलना में आपका बजट',
		chartDesc: 'लघुगणकीय पैमाने पर ट्रेनिंग कंप्यूट: आपका बजट और ज्ञात मॉडल।',
		chartAxis: 'ट्रेनिंग कंप्यूट (FLOP, लॉग पैमाना)',
		you: 'आपका बजट',
	},
	ar: {
		title: 'ميزانية الحوسبة',
		intro:
			'كم من الحوسبة يستطيع عتادك أن يقدّم؟ عدد وحدات GPU × الذروة الكثيفة × الاستخدام × المدة، مقارنةً بحوسبة تدريب نماذج معروفة.',
		duration: 'المدة',
		durationUnit: 'وحدة المدة',
		durationUnits: { hour: 'ساعات', day: 'أيام', year: 'سنوات (365.25 يومًا)' },
		rFlops: 'الحوسبة المقدَّمة',
		rRate: 'الإنتاجية المستدامة',
		rSeconds: 'المدة بالثواني',
		shareOf: 'حصة {model}',
		shareNote: '{flops} FLOP (6·N·D بعدد الوحدات النصية المنشور)',
		sharesHeading: 'ما الجزء الذي يمثله ذلك من عمليات تدريب معروفة؟',
		chartTitle: 'ميزانيتك مقارنةً بعمليات تدريب معروفة',
		chartDesc: 'حوسبة التدريب على مقياس لوغاريتمي: ميزانيتك ونماذج معروفة.',
		chartAxis: 'حوسبة التدريب (FLOP، مقياس لوغاريتمي)',
		you: 'ميزانيتك',
	},
});
