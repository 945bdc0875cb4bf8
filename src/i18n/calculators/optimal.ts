/** UI strings of the compute-optimal sizing calculator. */
import { defineStrings } from '../index.ts';

const en = {
	title: 'Compute-optimal sizing',
	intro:
		'For a compute budget, the model size and token count that minimise the loss, under three rules: the Epoch AI refit of Chinchilla, Hoffmann et al.’s unrounded fit, and 20 tokens per parameter.',
	mode: 'Budget given as',
	modes: { flop: 'A number of FLOP', hardware: 'GPUs × time' },
	flop: 'Compute budget (FLOP)',
	duration: 'Duration',
	durationUnit: 'Duration unit',
	durationUnits: { hour: 'Hours', day: 'Days', year: 'Years (365.25 days)' },
	rBudget: 'Compute budget',
	fitNames: {
		epoch: 'Epoch AI refit (Besiroglu et al. 2024)',
		hoffmann: 'Hoffmann et al. 2022, approach 3 (unrounded)',
		tokens20: '20 tokens per parameter',
	},
	rParams: 'Parameters',
	rTokens: 'Tokens',
	rRatio: 'Tokens per parameter',
	rLoss: 'Predicted loss',
	lossNote: 'Loss on Chinchilla’s own data (MassiveText), not comparable with other datasets.',
	lossRule: 'The 20-token rule predicts no loss; this is the Epoch fit’s loss at that size.',
	chartTitle: 'Compute-optimal parameters against compute',
	chartDesc:
		'Optimal parameter count for each compute budget under the three rules, with known models placed by their training compute: a model above the lines is larger (trained on fewer tokens) than compute-optimal, below them smaller.',
	chartX: 'Training compute (FLOP, log scale)',
	chartY: 'Parameters (log scale)',
	you: 'Your budget',
	trained: '{model}: {ratio} tokens per parameter',
};

export type OptimalStrings = typeof en;

export const optimalStrings = defineStrings<OptimalStrings>(en, {
	fr: {
		title: 'Taille optimale pour un budget de calcul',
		intro:
			'Pour un budget de calcul, la taille de modèle et le nombre de jetons qui minimisent la perte, selon trois règles : le réajustement de Chinchilla par Epoch AI, l’ajustement non arrondi de Hoffmann et al., et 20 jetons par paramètre.',
		mode: 'Budget donné en',
		modes: { flop: 'Nombre de FLOP', hardware: 'GPU × durée' },
		flop: 'Budget de calcul (FLOP)',
		duration: 'Durée',
		durationUnit: 'Unité de durée',
		durationUnits: { hour: 'Heures', day: 'Jours', year: 'Années (365,25 jours)' },
		rBudget: 'Budget de calcul',
		fitNames: {
			epoch: 'Réajustement d’Epoch AI (Besiroglu et al. 2024)',
			hoffmann: 'Hoffmann et al. 2022, approche 3 (non arrondi)',
			tokens20: '20 jetons par paramètre',
		},
		rParams: 'Paramètres',
		rTokens: 'Jetons',
		rRatio: 'Jetons par paramètre',
		rLoss: 'Perte prédite',
		lossNote:
			'Perte sur les données de Chinchilla (MassiveText), non comparable à d’autres jeux de données.',
		lossRule:
			'La règle des 20 jetons ne prédit aucune perte ; c’est la perte de l’ajustement d’Epoch à cette taille.',
		chartTitle: 'Paramètres optimaux en fonction du calcul',
		chartDesc:
			'Nombre optimal de paramètres pour chaque budget de calcul selon les trois règles, avec des modèles connus placés selon leur calcul d’entraînement : un modèle au-dessus des courbes est plus grand (entraîné sur moins de jetons) que l’optimum, en dessous plus petit.',
		chartX: 'Calcul d’entraînement (FLOP, échelle log)',
		chartY: 'Paramètres (échelle log)',
		you: 'Votre budget',
		trained: '{model} : {ratio} jetons par paramètre',
	},
	hi: {
		title: 'कंप्यूट-इष्टतम आकार',
		intro:
			'किसी कंप्यूट बजट के लिए वह मॉडल आकार और टोकन संख्या जो लॉस को न्यूनतम करे, तीन नियमों से: Chinchilla का Epoch AI पुनः-फ़िट, Hoffmann et al. का बिना पूर्णांकन वाला फ़िट, और प्रति पैरामीटर 20 टोकन।',
		mode: 'बजट इस रूप में',
		modes: { flop: 'FLOP की संख्या', hardware: 'GPU × समय' },
		flop: 'कंप्यूट बजट (FLOP)',
		duration: 'अवधि',
		durationUnit: 'अवधि की इकाई',
		durationUnits: { hour: 'घंटे', day: 'दिन', year: 'वर्ष (365.25 दिन)' },
		rBudget: 'कंप्यूट बजट',
		fitNames: {
			epoch: 'Epoch AI पुनः-फ़िट (Besiroglu et al. 2024)',
			hoffmann: 'Hoffmann et al. 2022, तरीका 3 (बिना पूर्णांकन)',
			tokens20: 'प्रति पैरामीटर 20 टोकन',
		},
		rParams: 'पैरामीटर',
		rTokens: 'टोकन',
		rRatio: 'प्रति पैरामीटर टोकन',
		rLoss: 'अनुमानित लॉस',
		lossNote: 'Chinchilla के अपने डेटा (MassiveText) पर लॉस, अन्य डेटासेट से तुलनीय नहीं।',
		lossRule: '20-टोकन नियम कोई लॉस नहीं बताता; यह उस आकार पर Epoch फ़िट का लॉस है।',
		chartTitle: 'कंप्यूट के अनुसार कंप्यूट-इष्टतम पैरामीटर',
		chartDesc:
			'तीनों नियमों से हर कंप्यूट बजट के लिए इष्टतम पैरामीटर संख्या, और ज्ञात मॉडल उनके ट्रेनिंग कंप्यूट पर: रेखाओं से ऊपर का मॉडल इष्टतम से बड़ा (कम टोकन पर ट्रेन) है, नीचे का छोटा।',
		chartX: 'ट्रेनिंग कंप्यूट (FLOP, लॉग पैमाना)',
		chartY: 'पैरामीटर (लॉग पैमाना)',
		you: 'आपका बजट',
		trained: '{model}: प्रति पैरामीटर {ratio} टोकन',
	},
	ar: {
		title: 'الحجم الأمثل حوسبيًا',
		intro:
			'لميزانية حوسبة معيّنة، حجم النموذج وعدد الوحدات النصية اللذان يقلّلان الخسارة إلى أدنى حد، وفق ثلاث قواعد: إعادة ملاءمة Epoch AI لنتائج Chinchilla، وملاءمة Hoffmann وزملائه غير المقرّبة، و20 وحدة نصية لكل معامل.',
		mode: 'الميزانية معطاة بوصفها',
		modes: { flop: 'عددًا من عمليات FLOP', hardware: 'وحدات GPU × الزمن' },
		flop: 'ميزانية الحوسبة (FLOP)',
		duration: 'المدة',
		durationUnit: 'وحدة المدة',
		durationUnits: { hour: 'ساعات', day: 'أيام', year: 'سنوات (365.25 يومًا)' },
		rBudget: 'ميزانية الحوسبة',
		fitNames: {
			epoch: 'إعادة ملاءمة Epoch AI (Besiroglu وزملاؤه 2024)',
			hoffmann: 'Hoffmann وزملاؤه 2022، المقاربة 3 (غير مقرّبة)',
			tokens20: '20 وحدة نصية لكل معامل',
		},
		rParams: 'المعاملات',
		rTokens: 'الوحدات النصية',
		rRatio: 'الوحدات النصية لكل معامل',
		rLoss: 'الخسارة المتوقعة',
		lossNote: 'خسارة على بيانات Chinchilla نفسها (MassiveText)، لا تُقارن ببيانات أخرى.',
		lossRule: 'لا تتنبأ قاعدة الـ20 وحدة نصية بأي خسارة؛ هذه خسارة ملاءمة Epoch عند هذا الحجم.',
		chartTitle: 'المعاملات المثلى حوسبيًا بحسب الحوسبة',
		chartDesc:
			'العدد الأمثل للمعاملات لكل ميزانية حوسبة وفق القواعد الثلاث، مع نماذج معروفة موضوعة بحسب حوسبة تدريبها: النموذج فوق الخطوط أكبر من الأمثل (دُرّب على وحدات نصية أقل)، وتحتها أصغر.',
		chartX: 'حوسبة التدريب (FLOP، مقياس لوغاريتمي)',
		chartY: 'المعاملات (مقياس لوغاريتمي)',
		you: 'ميزانيتك',
		trained: '{model}: ‏{ratio} وحدة نصية لكل معامل',
	},
});
