/**
 * Reader-facing source notes for the data tables, in every locale. src/data keeps the detailed
 * English notes for maintainers (tables, lines, how each value was checked); readers see these:
 * which document each figure comes from and, where it matters, how a value was obtained.
 *
 * A note is a document plus clauses. Document names (paper authors, product names) are proper
 * names and stay as published; everything around them is translated. `test/i18n/data-notes.test.ts`
 * checks that every GPU, model and published run has a note.
 */
import type { Locale } from './locales.ts';

type Where =
	| { table: string }
	| { appendix: string }
	| { section: string }
	| { file: string }
	| { tables: [string, string] }
	| { equation: string }
	| { discussion: string };

/** A document: what kind it is, its proper name, and where in it. */
export type Doc = {
	kind:
		'datasheet' | 'whitepaper' | 'productPage' | 'docs' | 'press' | 'paper' | 'modelCard' | 'repo';
	name: string;
	where?: Where;
};

type Clause =
	| 'fp32FromClock'
	| 'tensorScaled'
	| 'tf32Half'
	| 'sparseHalved'
	| 'specsReproduced'
	| 'readReproduced'
	| 'powerEstimate'
	| 'bf16Uncertain'
	| 'conflictingDatasheet'
	| 'sharedMemory'
	| 'noPower'
	| 'gpt2PaperCount'
	| 'paddedVocab'
	| 'noteConfig'
	| 'gpt2Vocab'
	| 'xlHeads'
	| 'dModelTypo'
	| 'gopherApprox'
	| 'gopherTableEstimate'
	| 'archFromMetaCode'
	| 'llamaVocab'
	| 'tokensLowerBound'
	| 'gpuHoursCard'
	| 'projectionOnly'
	| 'idealised'
	| 'readInSummaries'
	| 'derivedTokens'
	| 'formFactorInferred'
	| 'mfuPeakQuoted'
	| 'ampereScaled'
	| 'blackwellScaled'
	| 'aiTops'
	| 'laptopClock'
	| 'dualIssue'
	| 'matrixFromUnits'
	| 'appleEstimate'
	| 'noTensorCores'
	| 'noTensorListed'
	| 'perGpu'
	| 'readInReports';

export type DataNote = { doc: Doc; clauses?: readonly Clause[] };

type Renderer = {
	kinds: Record<Doc['kind'], (name: string) => string>;
	where: (w: Where) => string;
	read: (doc: string) => string;
	clauses: Record<Clause, string>;
};

const en: Renderer = {
	kinds: {
		datasheet: (n) => `the ${n} datasheet`,
		whitepaper: (n) => `the ${n} whitepaper`,
		productPage: (n) => `the ${n} product page`,
		docs: (n) => `the ${n} documentation`,
		press: (n) => `the press release “${n}”`,
		paper: (n) => n,
		modelCard: (n) => `the ${n} model card`,
		repo: (n) => `the ${n} source code`,
	},
	where: (w) =>
		'table' in w
			? `Table ${w.table}`
			: 'tables' in w
				? `Tables ${w.tables[0]} and ${w.tables[1]}`
				: 'appendix' in w
					? `Appendix ${w.appendix}`
					: 'section' in w
						? `section ${w.section}`
						: 'equation' in w
							? `equation ${w.equation}`
							: 'discussion' in w
								? `Discussion #${w.discussion}`
								: `file ${w.file}`,
	read: (doc) => `From ${doc}.`,
	clauses: {
		fp32FromClock: 'FP32 is computed as CUDA cores × 2 × boost clock.',
		tensorScaled:
			'Tensor-core rates are computed from the RTX 4090’s by tensor-core count and clock, as llm.c does.',
		tf32Half: 'TF32 is taken as half the 16-bit tensor rate.',
		sparseHalved:
			'The vendor prints rates “with sparsity”; the dense rates here are half of those.',
		specsReproduced:
			'Memory, bandwidth and power come from NVIDIA’s specification table as reproduced by the technical press.',
		readReproduced:
			'Read in a faithful reproduction of the document’s table rather than in the document itself.',
		powerEstimate:
			'The power figure is an estimate: it is the commonly listed board power, not read in an NVIDIA document.',
		bf16Uncertain: 'The 16-bit rate is uncertain by about 1%: copies of the datasheet differ.',
		conflictingDatasheet:
			'A later NVIDIA datasheet lists lower figures for a card of the same name, probably a later version.',
		sharedMemory: 'Memory is shared with the processor and the operating system.',
		noPower: 'No power figure is published.',
		gpt2PaperCount:
			'The GPT-2 paper printed a slightly smaller count for this size; the released model has the count shown.',
		paddedVocab: 'As nanoGPT trains it: vocabulary padded to a multiple of 64, and no biases.',
		noteConfig:
			'Configuration as the nanoGPT note reports it (the run’s own file is not published); its count, as nanoGPT prints it, leaves out the position table.',
		gpt2Vocab: 'The vocabulary is GPT-2’s, which the paper says it reuses.',
		xlHeads:
			'The table’s head count does not match its width; the width is kept, which gives the published size.',
		dModelTypo:
			'The table prints a width the head count cannot divide, a typo; the nearest consistent width is used.',
		gopherApprox:
			'Counted as a GPT-2-style block with Transformer-XL’s relative positions (one more d × d projection per block); the real block uses RMSNorm, so the count is close to the published size, not exact.',
		gopherTableEstimate:
			'Layers and width as commonly quoted from Table 1 of the Gopher paper: treat them as an estimate.',
		archFromMetaCode:
			'Layers, width and heads from Meta’s published model list; the feed-forward width is computed with Meta’s own code.',
		llamaVocab: 'The vocabulary includes the tokenizer’s reserved special tokens.',
		tokensLowerBound: 'The token count is published as a lower bound (“15T+”).',
		gpuHoursCard: 'GPU-hours and power are from the model card’s training table.',
		projectionOnly: 'A projection from measured throughput, not a complete training run.',
		idealised: 'An idealised estimate at 100% of the peak, with reserved (not on-demand) prices.',
		readInSummaries: 'Read in summaries that quote the paper.',
		derivedTokens:
			'Tokens are computed as iterations × tokens per iteration from the configuration.',
		formFactorInferred: 'The exact GPU version is inferred from the power figure.',
		mfuPeakQuoted: 'The MFU is the best the author quotes (“up to”), not an average over the run.',
		ampereScaled:
			'Tensor-core rates are computed from the RTX 3090’s by tensor-core count and clock, as llm.c does.',
		blackwellScaled:
			'Tensor-core rates are computed from tensor-core count and clock at the RTX 4090’s rate per tensor core, which NVIDIA’s own RTX 5090 figure reproduces.',
		aiTops:
			'NVIDIA’s “AI TOPS” figure is 4-bit with sparsity: 16 times the dense 16-bit training rate shown.',
		laptopClock:
			'Laptop makers set the power limit and so the clock; most laptops run below these rates.',
		dualIssue: 'The FP32 figure counts dual issue; most code reaches at most half of it.',
		matrixFromUnits:
			'The matrix rates are computed from compute units, operations per clock and clock, and agree with the vendor’s headline figure.',
		appleEstimate:
			'Apple publishes no FLOP/s figure for this chip: the FP32 rate is an estimate, GPU cores × 128 lanes × 2 × a GPU clock reported by a third-party database.',
		noTensorCores: 'The chip has no tensor cores.',
		noTensorListed: 'No 16-bit tensor rate is listed for this card.',
		perGpu: 'Figures are for one of the two GPUs of a GB200 superchip.',
		readInReports:
			'Read in press reports of the vendor’s announcement, not in the vendor’s own document.',
	},
};

const fr: Renderer = {
	kinds: {
		datasheet: (n) => `la fiche technique ${n}`,
		whitepaper: (n) => `le livre blanc ${n}`,
		productPage: (n) => `la page produit ${n}`,
		docs: (n) => `la documentation ${n}`,
		press: (n) => `le communiqué « ${n} »`,
		paper: (n) => n,
		modelCard: (n) => `la fiche du modèle ${n}`,
		repo: (n) => `le code source de ${n}`,
	},
	where: (w) =>
		'table' in w
			? `tableau ${w.table}`
			: 'tables' in w
				? `tableaux ${w.tables[0]} et ${w.tables[1]}`
				: 'appendix' in w
					? `annexe ${w.appendix}`
					: 'section' in w
						? `section ${w.section}`
						: 'equation' in w
							? `équation ${w.equation}`
							: 'discussion' in w
								? `discussion n° ${w.discussion}`
								: `fichier ${w.file}`,
	read: (doc) => `Source : ${doc}.`,
	clauses: {
		fp32FromClock: 'Le FP32 est calculé ainsi : cœurs CUDA × 2 × fréquence maximale.',
		tensorScaled:
			'Les débits des cœurs tensoriels sont déduits de ceux de la RTX 4090 selon le nombre de cœurs tensoriels et la fréquence, comme le fait llm.c.',
		tf32Half: 'Le TF32 est pris égal à la moitié du débit 16 bits des cœurs tensoriels.',
		sparseHalved:
			'Le constructeur publie des débits « avec parcimonie » ; les débits denses indiqués ici en sont la moitié.',
		specsReproduced:
			'Mémoire, bande passante et puissance proviennent du tableau de caractéristiques de NVIDIA tel que reproduit par la presse spécialisée.',
		readReproduced:
			'Lu dans une reproduction fidèle du tableau du document plutôt que dans le document lui-même.',
		powerEstimate:
			'La puissance est une estimation : c’est la puissance de carte couramment indiquée, non lue dans un document NVIDIA.',
		bf16Uncertain:
			'Le débit 16 bits est incertain à environ 1 % près : les copies de la fiche technique diffèrent.',
		conflictingDatasheet:
			'Une fiche NVIDIA plus récente donne des chiffres plus bas pour une carte du même nom, sans doute une version ultérieure.',
		sharedMemory: 'La mémoire est partagée avec le processeur et le système.',
		noPower: 'Aucune puissance n’est publiée.',
		gpt2PaperCount:
			'L’article de GPT-2 indiquait un nombre un peu plus petit pour cette taille ; le modèle publié a celui qui est affiché.',
		paddedVocab:
			'Tel que nanoGPT l’entraîne : vocabulaire arrondi à un multiple de 64, sans biais.',
		noteConfig:
			'Configuration telle que la note sur nanoGPT la rapporte (le fichier de l’entraînement n’est pas publié) ; son nombre de paramètres, tel que nanoGPT l’affiche, exclut la table des positions.',
		gpt2Vocab: 'Le vocabulaire est celui de GPT-2, que l’article dit reprendre.',
		xlHeads:
			'Le nombre de têtes du tableau ne correspond pas à sa largeur ; la largeur est conservée, ce qui redonne la taille publiée.',
		dModelTypo:
			'Le tableau imprime une largeur que le nombre de têtes ne divise pas, une coquille ; la largeur cohérente la plus proche est retenue.',
		gopherApprox:
			'Compté comme un bloc de type GPT-2 avec les positions relatives de Transformer-XL (une projection d × d de plus par bloc) ; le vrai bloc utilise RMSNorm : le compte est proche de la taille publiée, sans être exact.',
		gopherTableEstimate:
			'Couches et largeur telles qu’on les cite d’après le tableau 1 de l’article sur Gopher : ce sont des estimations.',
		archFromMetaCode:
			'Couches, largeur et têtes d’après la liste de modèles publiée par Meta ; la largeur du bloc MLP est calculée avec le code de Meta.',
		llamaVocab: 'Le vocabulaire comprend les jetons spéciaux réservés du tokeniseur.',
		tokensLowerBound: 'Le nombre de jetons est publié comme un minimum (« 15T+ »).',
		gpuHoursCard:
			'Heures-GPU et puissance viennent du tableau d’entraînement de la fiche du modèle.',
		projectionOnly: 'Une projection à partir d’un débit mesuré, pas un entraînement complet.',
		idealised:
			'Une estimation idéalisée à 100 % du pic, avec des prix réservés (et non à la demande).',
		readInSummaries: 'Lu dans des résumés qui citent l’article.',
		derivedTokens:
			'Les jetons sont calculés comme itérations × jetons par itération, d’après la configuration.',
		formFactorInferred: 'La version exacte du GPU est déduite de sa puissance.',
		mfuPeakQuoted:
			'Le MFU est le meilleur que cite l’auteur (« jusqu’à »), pas une moyenne sur l’entraînement.',
		ampereScaled:
			'Les débits des cœurs tensoriels sont déduits de ceux de la RTX 3090 selon le nombre de cœurs tensoriels et la fréquence, comme le fait llm.c.',
		blackwellScaled:
			'Les débits des cœurs tensoriels sont calculés selon le nombre de cœurs tensoriels et la fréquence, au débit par cœur de la RTX 4090, que reproduit le chiffre de NVIDIA pour la RTX 5090.',
		aiTops:
			'Le chiffre « AI TOPS » de NVIDIA est en 4 bits avec parcimonie : 16 fois le débit dense d’entraînement en 16 bits indiqué ici.',
		laptopClock:
			'Les fabricants de portables fixent la limite de puissance, donc la fréquence ; la plupart des portables restent sous ces débits.',
		dualIssue:
			'Le chiffre FP32 compte l’émission double ; la plupart des programmes en atteignent au plus la moitié.',
		matrixFromUnits:
			'Les débits matriciels sont calculés à partir des unités de calcul, des opérations par cycle et de la fréquence, et concordent avec le chiffre annoncé par le constructeur.',
		appleEstimate:
			'Apple ne publie aucun débit pour cette puce : le FP32 est une estimation, cœurs GPU × 128 voies × 2 × une fréquence GPU relevée par une base de données tierce.',
		noTensorCores: 'La puce n’a pas de cœurs tensoriels.',
		noTensorListed: 'Aucun débit tensoriel 16 bits n’est indiqué pour cette carte.',
		perGpu: 'Les chiffres sont ceux d’un des deux GPU d’une superpuce GB200.',
		readInReports:
			'Lu dans des comptes rendus de presse de l’annonce du constructeur, pas dans son propre document.',
	},
};

const hi: Renderer = {
	kinds: {
		datasheet: (n) => `${n} डेटाशीट`,
		whitepaper: (n) => `${n} व्हाइटपेपर`,
		productPage: (n) => `${n} उत्पाद पृष्ठ`,
		docs: (n) => `${n} दस्तावेज़ीकरण`,
		press: (n) => `प्रेस विज्ञप्ति “${n}”`,
		paper: (n) => n,
		modelCard: (n) => `${n} मॉडल कार्ड`,
		repo: (n) => `${n} का सोर्स कोड`,
	},
	where: (w) =>
		'table' in w
			? `तालिका ${w.table}`
			: 'tables' in w
				? `तालिका ${w.tables[0]} और ${w.tables[1]}`
				: 'appendix' in w
					? `परिशिष्ट ${w.appendix}`
					: 'section' in w
						? `खंड ${w.section}`
						: 'equation' in w
							? `समीकरण ${w.equation}`
							: 'discussion' in w
								? `डिस्कशन #${w.discussion}`
								: `फ़ाइल ${w.file}`,
	read: (doc) => `स्रोत: ${doc}।`,
	clauses: {
		fp32FromClock: 'FP32 की गणना: CUDA कोर × 2 × बूस्ट क्लॉक।',
		tensorScaled:
			'टेंसर कोर की दरें RTX 4090 की दरों से टेंसर कोर की संख्या और क्लॉक के अनुपात में निकाली गई हैं, जैसा llm.c करता है।',
		tf32Half: 'TF32 को 16-बिट टेंसर दर का आधा माना गया है।',
		sparseHalved: 'निर्माता “स्पार्सिटी सहित” दरें छापता है; यहाँ दी गई डेंस दरें उनकी आधी हैं।',
		specsReproduced: 'मेमोरी, बैंडविड्थ और बिजली NVIDIA की विनिर्देश तालिका से हैं, जैसी तकनीकी प्रेस ने छापी।',
		readReproduced: 'दस्तावेज़ के बजाय उसकी तालिका की विश्वसनीय प्रतिलिपि में पढ़ा गया।',
		powerEstimate:
			'बिजली का आँकड़ा अनुमान है: यह आम तौर पर बताई जाने वाली बोर्ड पावर है, NVIDIA के किसी दस्तावेज़ में पढ़ी नहीं गई।',
		bf16Uncertain: '16-बिट दर में लगभग 1% की अनिश्चितता है: डेटाशीट की प्रतियाँ अलग-अलग हैं।',
		conflictingDatasheet:
			'NVIDIA की एक बाद की डेटाशीट इसी नाम के कार्ड के लिए कम आँकड़े देती है, शायद बाद का संस्करण।',
		sharedMemory: 'मेमोरी प्रोसेसर और ऑपरेटिंग सिस्टम के साथ साझा होती है।',
		noPower: 'बिजली का कोई आँकड़ा प्रकाशित नहीं है।',
		gpt2PaperCount:
			'GPT-2 के शोध-पत्र ने इस आकार के लिए थोड़ी कम संख्या छापी थी; जारी किए गए मॉडल में दिखाई गई संख्या है।',
		paddedVocab: 'जैसे nanoGPT इसे प्रशिक्षित करता है: शब्दावली 64 के गुणज तक बढ़ाई गई, और कोई बायस नहीं।',
		noteConfig:
			'विन्यास वैसा ही जैसा nanoGPT वाला नोट बताता है (रन की अपनी फ़ाइल प्रकाशित नहीं है); इसकी गिनती, जैसी nanoGPT छापता है, स्थिति-तालिका को छोड़ देती है।',
		gpt2Vocab: 'शब्दावली GPT-2 की है, जिसे शोध-पत्र दोबारा इस्तेमाल करने की बात कहता है।',
		xlHeads:
			'तालिका में हेड की संख्या उसकी चौड़ाई से मेल नहीं खाती; चौड़ाई रखी गई है, जिससे प्रकाशित आकार मिलता है।',
		dModelTypo:
			'तालिका ऐसी चौड़ाई छापती है जिसे हेड की संख्या से भाग नहीं दिया जा सकता, एक छपाई की भूल; सबसे नज़दीकी संगत चौड़ाई ली गई है।',
		gopherApprox:
			'Transformer-XL की सापेक्ष स्थितियों (हर ब्लॉक में एक अतिरिक्त d × d प्रोजेक्शन) वाले GPT-2 जैसे ब्लॉक के रूप में गिना गया; असली ब्लॉक RMSNorm इस्तेमाल करता है, इसलिए गिनती प्रकाशित आकार के करीब है, हूबहू नहीं।',
		gopherTableEstimate:
			'लेयर और चौड़ाई वैसी जैसी Gopher शोध-पत्र की तालिका 1 से आम तौर पर उद्धृत की जाती हैं; इन्हें अनुमान मानें।',
		archFromMetaCode:
			'लेयर, चौड़ाई और हेड Meta की प्रकाशित मॉडल सूची से; फ़ीड-फ़ॉरवर्ड चौड़ाई Meta के अपने कोड से गणना की गई।',
		llamaVocab: 'शब्दावली में टोकनाइज़र के आरक्षित विशेष टोकन शामिल हैं।',
		tokensLowerBound: 'टोकन की संख्या न्यूनतम सीमा के रूप में प्रकाशित है (“15T+”)।',
		gpuHoursCard: 'GPU-घंटे और बिजली मॉडल कार्ड की ट्रेनिंग तालिका से।',
		projectionOnly: 'मापी गई थ्रूपुट से किया गया प्रक्षेपण, पूरी ट्रेनिंग नहीं।',
		idealised: 'पीक के 100% पर आदर्शीकृत अनुमान, आरक्षित (ऑन-डिमांड नहीं) क़ीमतों के साथ।',
		readInSummaries: 'शोध-पत्र को उद्धृत करने वाले सारांशों में पढ़ा गया।',
		derivedTokens: 'टोकन की गणना विन्यास से: पुनरावृत्तियाँ × प्रति पुनरावृत्ति टोकन।',
		formFactorInferred: 'GPU का सटीक संस्करण बिजली के आँकड़े से अनुमानित है।',
		mfuPeakQuoted: 'MFU वह सर्वोच्च मान है जो लेखक बताता है (“तक”), पूरी ट्रेनिंग का औसत नहीं।',
		ampereScaled:
			'टेंसर कोर की दरें RTX 3090 की दरों से टेंसर कोर की संख्या और क्लॉक के अनुपात में निकाली गई हैं, जैसा llm.c करता है।',
		blackwellScaled:
			'टेंसर कोर की दरें टेंसर कोर की संख्या और क्लॉक से, RTX 4090 की प्रति टेंसर कोर दर पर निकाली गई हैं; NVIDIA का RTX 5090 का अपना आँकड़ा यही दर देता है।',
		aiTops:
			'NVIDIA का “AI TOPS” आँकड़ा स्पार्सिटी सहित 4-बिट का है: यहाँ दिखाई गई 16-बिट ट्रेनिंग की डेंस दर का 16 गुना।',
		laptopClock:
			'लैपटॉप निर्माता बिजली की सीमा और इसलिए क्लॉक तय करते हैं; अधिकतर लैपटॉप इन दरों से नीचे चलते हैं।',
		dualIssue: 'FP32 आँकड़ा ड्यूल इश्यू को गिनता है; अधिकतर कोड इसका अधिकतम आधा ही पाता है।',
		matrixFromUnits:
			'मैट्रिक्स दरें कंप्यूट यूनिट, प्रति क्लॉक ऑपरेशन और क्लॉक से निकाली गई हैं, और निर्माता के घोषित आँकड़े से मेल खाती हैं।',
		appleEstimate:
			'Apple इस चिप के लिए कोई FLOP/s आँकड़ा प्रकाशित नहीं करता: FP32 दर एक अनुमान है, GPU कोर × 128 लेन × 2 × किसी तीसरे पक्ष के डेटाबेस में बताई गई GPU क्लॉक।',
		noTensorCores: 'इस चिप में टेंसर कोर नहीं हैं।',
		noTensorListed: 'इस कार्ड के लिए कोई 16-बिट टेंसर दर नहीं दी गई है।',
		perGpu: 'आँकड़े GB200 सुपरचिप के दो GPU में से एक के हैं।',
		readInReports: 'निर्माता की घोषणा की प्रेस रिपोर्टों में पढ़ा गया, निर्माता के अपने दस्तावेज़ में नहीं।',
	},
};

const ar: Renderer = {
	kinds: {
		datasheet: (n) => `ورقة مواصفات ${n}`,
		whitepaper: (n) => `الورقة البيضاء ${n}`,
		productPage: (n) => `صفحة المنتج ${n}`,
		docs: (n) => `توثيق ${n}`,
		press: (n) => `البيان الصحفي «${n}»`,
		paper: (n) => n,
		modelCard: (n) => `بطاقة النموذج ${n}`,
		repo: (n) => `الشيفرة المصدرية لـ ${n}`,
	},
	where: (w) =>
		'table' in w
			? `الجدول ${w.table}`
			: 'tables' in w
				? `الجدولان ${w.tables[0]} و${w.tables[1]}`
				: 'appendix' in w
					? `الملحق ${w.appendix}`
					: 'section' in w
						? `القسم ${w.section}`
						: 'equation' in w
							? `المعادلة ${w.equation}`
							: 'discussion' in w
								? `النقاش رقم ${w.discussion}`
								: `الملف ${w.file}`,
	read: (doc) => `المصدر: ${doc}.`,
	clauses: {
		fp32FromClock: 'يُحسب FP32 هكذا: أنوية CUDA × 2 × تردد التعزيز.',
		tensorScaled:
			'معدّلات أنوية الموتّرات مشتقة من معدّلات RTX 4090 بنسبة عدد أنوية الموتّرات والتردد، كما يفعل llm.c.',
		tf32Half: 'يؤخذ TF32 نصفَ معدّل الموتّرات بدقة 16 بت.',
		sparseHalved: 'ينشر المصنّع معدّلات «مع التناثر»، والمعدّلات الكثيفة هنا نصفها.',
		specsReproduced:
			'الذاكرة وعرض النطاق والقدرة مأخوذة من جدول مواصفات NVIDIA كما نقلته الصحافة التقنية.',
		readReproduced: 'قُرئ في نسخة أمينة من جدول الوثيقة لا في الوثيقة نفسها.',
		powerEstimate: 'رقم القدرة تقدير: إنه قدرة اللوحة المذكورة عادة، ولم يُقرأ في وثيقة من NVIDIA.',
		bf16Uncertain: 'معدّل 16 بت غير مؤكد بنحو 1%: نسخ ورقة المواصفات تختلف.',
		conflictingDatasheet:
			'تذكر ورقة مواصفات أحدث من NVIDIA أرقامًا أقل لبطاقة بالاسم نفسه، ولعلها إصدار لاحق.',
		sharedMemory: 'الذاكرة مشتركة مع المعالج ونظام التشغيل.',
		noPower: 'لا يوجد رقم منشور للقدرة.',
		gpt2PaperCount:
			'ذكرت ورقة GPT-2 عددًا أصغر قليلًا لهذا الحجم، والنموذج المنشور له العدد المعروض.',
		paddedVocab: 'كما يدرّبه nanoGPT: المفردات مقرّبة إلى مضاعف 64، ومن دون انحيازات.',
		noteConfig:
			'الإعدادات كما تذكرها ملاحظة nanoGPT (ملف التدريب نفسه غير منشور)، وعدد المعاملات كما يطبعه nanoGPT لا يشمل جدول المواضع.',
		gpt2Vocab: 'المفردات هي مفردات GPT-2 التي تقول الورقة إنها تعيد استعمالها.',
		xlHeads: 'عدد الرؤوس في الجدول لا يوافق العرض، فأُبقي العرض لأنه يعطي الحجم المنشور.',
		dModelTypo:
			'يطبع الجدول عرضًا لا يقبل القسمة على عدد الرؤوس، وهو خطأ مطبعي، فاعتُمد أقرب عرض متّسق.',
		gopherApprox:
			'محسوب ككتلة على طراز GPT-2 مع المواضع النسبية في Transformer-XL (إسقاط إضافي بحجم d × d في كل كتلة)؛ الكتلة الحقيقية تستعمل RMSNorm، لذا فالعدد المحسوب قريب من الحجم المنشور لا مطابق له.',
		gopherTableEstimate:
			'الطبقات والعرض كما تُنقل عادةً عن الجدول 1 في ورقة Gopher، فعاملها معاملة التقدير.',
		archFromMetaCode:
			'الطبقات والعرض والرؤوس من قائمة النماذج التي نشرتها Meta، وعرض طبقة التغذية الأمامية محسوب بشيفرة Meta نفسها.',
		llamaVocab: 'تشمل المفردات الوحدات النصية الخاصة المحجوزة في المُرمِّز.',
		tokensLowerBound: 'عدد الوحدات النصية منشور حدًّا أدنى («15T+»).',
		gpuHoursCard: 'ساعات وحدات المعالجة والقدرة من جدول التدريب في بطاقة النموذج.',
		projectionOnly: 'تقدير استقرائي من إنتاجية مقيسة، لا عملية تدريب كاملة.',
		idealised: 'تقدير مثالي عند 100% من الذروة، بأسعار محجوزة لا عند الطلب.',
		readInSummaries: 'قُرئ في ملخصات تقتبس الورقة.',
		derivedTokens:
			'الوحدات النصية محسوبة من الإعدادات: عدد التكرارات × الوحدات النصية في كل تكرار.',
		formFactorInferred: 'الإصدار الدقيق لوحدة المعالجة مستنتج من رقم القدرة.',
		mfuPeakQuoted: 'نسبة MFU هي أعلى ما يذكره الكاتب («حتى»)، لا متوسطًا على التدريب كله.',
		ampereScaled:
			'معدّلات أنوية الموتّرات مشتقة من معدّلات RTX 3090 بنسبة عدد أنوية الموتّرات والتردد، كما يفعل llm.c.',
		blackwellScaled:
			'معدّلات أنوية الموتّرات محسوبة من عدد أنوية الموتّرات والتردد بمعدّل النواة الواحدة في RTX 4090، وهو ما يعيد إنتاجه رقم NVIDIA نفسه لـ RTX 5090.',
		aiTops:
			'رقم «AI TOPS» من NVIDIA بدقة 4 بت مع التناثر: 16 ضعف معدّل التدريب الكثيف بدقة 16 بت المعروض هنا.',
		laptopClock:
			'يحدّد صانعو الحواسيب المحمولة حدّ القدرة ومن ثمّ التردد، ومعظم الحواسيب المحمولة تعمل دون هذه المعدّلات.',
		dualIssue: 'يحتسب رقم FP32 الإصدار المزدوج، ولا تبلغ معظم الشيفرات أكثر من نصفه.',
		matrixFromUnits:
			'المعدّلات المصفوفية محسوبة من وحدات الحوسبة والعمليات في كل دورة والتردد، وتوافق الرقم الذي أعلنه المصنّع.',
		appleEstimate:
			'لا تنشر Apple رقمًا لعمليات الفاصلة العائمة في الثانية لهذه الشريحة: معدّل FP32 تقدير، يساوي أنوية المعالج الرسومي × 128 مسارًا × 2 × ترددًا رسوميًا تذكره قاعدة بيانات من طرف ثالث.',
		noTensorCores: 'لا تحوي الشريحة أنوية موتّرات.',
		noTensorListed: 'لا يُذكر معدّل موتّرات بدقة 16 بت لهذه البطاقة.',
		perGpu: 'الأرقام لإحدى وحدتي المعالجة الرسومية في شريحة GB200 الفائقة.',
		readInReports: 'قُرئ في تقارير صحفية عن إعلان المصنّع، لا في وثيقة المصنّع نفسها.',
	},
};

const renderers: Record<Locale, Renderer> = { en, fr, hi, ar };

// ---- The notes, by entry id (GPUs, models, published runs) ----

const ADA: Doc = {
	kind: 'whitepaper',
	name: 'NVIDIA Ada GPU architecture',
	where: { appendix: 'A' },
};
const A100: Doc = { kind: 'datasheet', name: 'NVIDIA A100' };
const H100: Doc = { kind: 'datasheet', name: 'NVIDIA H100' };
const LLMC: Doc = { kind: 'repo', name: 'llm.c', where: { file: 'llmc/mfu.h' } };
const NANOGPT: Doc = { kind: 'repo', name: 'nanoGPT', where: { file: 'model.py' } };
const GPT3: Doc = { kind: 'paper', name: 'Brown et al. 2020', where: { table: '2.1' } };
const CHINCHILLA: Doc = { kind: 'paper', name: 'Hoffmann et al. 2022', where: { table: '4' } };
const LLAMA2: Doc = { kind: 'modelCard', name: 'Llama 2' };
/** A model's Hugging Face config.json, where its architecture is read. */
const hfConfig = (repo: string): { doc: Doc } => ({
	doc: { kind: 'repo', name: repo, where: { file: 'config.json' } },
});
const LLAMA3: Doc = { kind: 'paper', name: 'Llama Team 2024', where: { table: '3' } };
const TPU = (v: string): DataNote => ({ doc: { kind: 'docs', name: `Cloud TPU ${v}` } });
const RTX50 = (model: string): DataNote => ({
	doc: { kind: 'productPage', name: `NVIDIA GeForce RTX ${model}` },
	clauses: ['specsReproduced', 'fp32FromClock', 'blackwellScaled', 'tf32Half', 'aiTops'],
});
const AMPERE: DataNote = {
	doc: { kind: 'whitepaper', name: 'NVIDIA GA102', where: { appendix: 'A' } },
	clauses: ['specsReproduced', 'fp32FromClock', 'ampereScaled', 'tf32Half'],
};
const ADA_SCALED: DataNote = {
	doc: ADA,
	clauses: ['specsReproduced', 'fp32FromClock', 'tensorScaled', 'tf32Half'],
};
const APPLE_ESTIMATE = (press: string): DataNote => ({
	doc: { kind: 'press', name: press },
	clauses: ['readReproduced', 'appleEstimate', 'sharedMemory', 'noPower'],
});

export const dataNotes: Record<string, DataNote> = {
	// Accelerators
	'rtx-3090': {
		doc: { kind: 'whitepaper', name: 'NVIDIA GA102', where: { appendix: 'A' } },
		clauses: ['readReproduced', 'fp32FromClock', 'tf32Half'],
	},
	'rtx-4070': { doc: ADA, clauses: ['fp32FromClock', 'tensorScaled', 'specsReproduced'] },
	'rtx-4070-ti': { doc: ADA, clauses: ['fp32FromClock', 'tensorScaled', 'specsReproduced'] },
	'rtx-4070-super': { doc: LLMC, clauses: ['fp32FromClock', 'tensorScaled', 'specsReproduced'] },
	'rtx-4080': { doc: LLMC, clauses: ['fp32FromClock', 'tf32Half', 'specsReproduced'] },
	'rtx-4090': { doc: ADA, clauses: ['tf32Half'] },
	'rtx-5090': RTX50('5090'),
	'rtx-5080': RTX50('5080'),
	'rtx-5070-ti': RTX50('5070 Ti'),
	'rtx-5070': RTX50('5070'),
	'rtx-5060-ti': RTX50('5060 Ti'),
	'rtx-5060': RTX50('5060'),
	'rx-7900-xtx': {
		doc: { kind: 'productPage', name: 'AMD Radeon RX 7900 XTX' },
		clauses: ['readReproduced', 'dualIssue', 'matrixFromUnits'],
	},
	'rx-9070-xt': {
		doc: { kind: 'productPage', name: 'AMD Radeon RX 9070 XT' },
		clauses: ['readReproduced', 'dualIssue', 'matrixFromUnits'],
	},
	// The Steam survey's cards (src/data/gpus-steam.ts)
	'rtx-3060': AMPERE,
	'rtx-3060-ti': AMPERE,
	'rtx-3070': AMPERE,
	'rtx-3050': AMPERE,
	'rtx-3060-laptop': { ...AMPERE, clauses: [...AMPERE.clauses!, 'laptopClock'] },
	'rtx-4060': ADA_SCALED,
	'rtx-4060-ti': ADA_SCALED,
	'rtx-4060-laptop': { ...ADA_SCALED, clauses: [...ADA_SCALED.clauses!, 'laptopClock'] },
	'rtx-2060': {
		doc: { kind: 'productPage', name: 'NVIDIA GeForce RTX 2060' },
		clauses: ['specsReproduced', 'fp32FromClock', 'noTensorListed'],
	},
	'gtx-1650': {
		doc: { kind: 'productPage', name: 'NVIDIA GeForce GTX 1650' },
		clauses: ['specsReproduced', 'fp32FromClock', 'noTensorCores'],
	},
	'v100-sxm2-32gb': {
		doc: { kind: 'datasheet', name: 'NVIDIA V100' },
		clauses: ['readReproduced'],
	},
	t4: { doc: { kind: 'productPage', name: 'NVIDIA T4' }, clauses: ['readReproduced'] },
	'a100-40gb-sxm': { doc: A100, clauses: ['readReproduced', 'sparseHalved'] },
	'a100-80gb-sxm': { doc: A100, clauses: ['readReproduced', 'sparseHalved'] },
	'a100-80gb-pcie': { doc: A100, clauses: ['readReproduced', 'sparseHalved'] },
	'h100-sxm': { doc: H100, clauses: ['readReproduced', 'sparseHalved'] },
	'h100-pcie': {
		doc: { kind: 'datasheet', name: 'NVIDIA H100 PCIe' },
		clauses: ['readReproduced', 'sparseHalved', 'conflictingDatasheet'],
	},
	'h200-sxm': {
		doc: { kind: 'productPage', name: 'NVIDIA H200' },
		clauses: ['readReproduced', 'sparseHalved', 'powerEstimate'],
	},
	l4: {
		doc: { kind: 'datasheet', name: 'NVIDIA L4' },
		clauses: ['readReproduced', 'sparseHalved', 'powerEstimate'],
	},
	l40s: {
		doc: { kind: 'datasheet', name: 'NVIDIA L40S' },
		clauses: ['readReproduced', 'sparseHalved', 'bf16Uncertain'],
	},
	mi300x: { doc: { kind: 'datasheet', name: 'AMD Instinct MI300X' }, clauses: ['readReproduced'] },
	b200: {
		doc: { kind: 'datasheet', name: 'NVIDIA HGX B200' },
		clauses: ['readReproduced', 'sparseHalved'],
	},
	gb200: {
		doc: { kind: 'datasheet', name: 'NVIDIA GB200 NVL72' },
		clauses: ['readReproduced', 'sparseHalved', 'perGpu'],
	},
	mi325x: { doc: { kind: 'datasheet', name: 'AMD Instinct MI325X' }, clauses: ['readReproduced'] },
	mi355x: {
		doc: { kind: 'productPage', name: 'AMD Instinct MI355X' },
		clauses: ['readInReports', 'matrixFromUnits'],
	},
	'tpu-v4': TPU('v4'),
	'tpu-v5e': { doc: { kind: 'docs', name: 'Cloud TPU v5e' }, clauses: ['noPower'] },
	'tpu-v5p': { doc: { kind: 'docs', name: 'Cloud TPU v5p' }, clauses: ['noPower'] },
	'apple-m1': {
		doc: { kind: 'press', name: 'Apple unleashes M1' },
		clauses: ['readReproduced', 'sharedMemory', 'noPower'],
	},
	'apple-m1-pro': {
		doc: { kind: 'press', name: 'Introducing M1 Pro and M1 Max' },
		clauses: ['readReproduced', 'sharedMemory', 'noPower'],
	},
	'apple-m2': {
		doc: { kind: 'press', name: 'Apple unveils M2 with breakthrough performance and capabilities' },
		clauses: ['readReproduced', 'sharedMemory', 'noPower'],
	},
	'apple-m2-max': APPLE_ESTIMATE('Apple unveils M2 Pro and M2 Max'),
	'apple-m2-ultra': APPLE_ESTIMATE('Apple introduces M2 Ultra'),
	'apple-m3-max': APPLE_ESTIMATE('Apple unveils M3, M3 Pro, and M3 Max'),
	'apple-m3-ultra': APPLE_ESTIMATE('Apple reveals M3 Ultra'),
	'apple-m4-max': APPLE_ESTIMATE('New MacBook Pro features M4 family of chips'),

	// Models
	gpt2: { doc: NANOGPT, clauses: ['gpt2PaperCount'] },
	'gpt2-medium': { doc: NANOGPT, clauses: ['gpt2PaperCount'] },
	'gpt2-large': { doc: NANOGPT, clauses: ['gpt2PaperCount'] },
	'gpt2-xl': { doc: NANOGPT, clauses: ['gpt2PaperCount'] },
	'nanogpt-gpt2-124m': {
		doc: { kind: 'repo', name: 'nanoGPT', where: { file: 'config/train_gpt2.py' } },
		clauses: ['paddedVocab'],
	},
	'nanogpt-note-40m': { doc: NANOGPT, clauses: ['noteConfig', 'paddedVocab'] },
	'gpt3-small': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gpt3-medium': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gpt3-large': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gpt3-xl': { doc: GPT3, clauses: ['gpt2Vocab', 'xlHeads'] },
	'gpt3-2.7b': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gpt3-6.7b': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gpt3-13b': { doc: GPT3, clauses: ['gpt2Vocab', 'dModelTypo'] },
	'gpt3-175b': { doc: GPT3, clauses: ['gpt2Vocab'] },
	'gopher-1.4b': {
		doc: { kind: 'paper', name: 'Rae et al. 2021', where: { table: '1' } },
		clauses: ['gopherTableEstimate', 'gopherApprox'],
	},
	'gopher-280b': { doc: CHINCHILLA, clauses: ['gopherApprox'] },
	'chinchilla-70b': { doc: CHINCHILLA, clauses: ['gopherApprox'] },
	'llama2-7b': { doc: LLAMA2, clauses: ['archFromMetaCode'] },
	'llama2-13b': { doc: LLAMA2, clauses: ['archFromMetaCode'] },
	'llama2-70b': { doc: LLAMA2, clauses: ['archFromMetaCode'] },
	'llama3-8b': { doc: LLAMA3, clauses: ['llamaVocab'] },
	'llama3-70b': { doc: LLAMA3, clauses: ['llamaVocab'] },
	'llama3-405b': { doc: LLAMA3, clauses: ['llamaVocab'] },
	// Models read from their Hugging Face config.json (src/data/models-2026*.ts)
	'llama3.1-8b': hfConfig('meta-llama/Llama-3.1-8B'),
	'llama3.1-70b': hfConfig('meta-llama/Llama-3.1-70B'),
	'llama3.2-1b': hfConfig('meta-llama/Llama-3.2-1B'),
	'llama3.2-3b': hfConfig('meta-llama/Llama-3.2-3B'),
	'qwen2.5-7b': hfConfig('Qwen/Qwen2.5-7B'),
	'qwen3-8b': hfConfig('Qwen/Qwen3-8B'),
	'qwen3-32b': hfConfig('Qwen/Qwen3-32B'),
	'qwen3-30b-a3b': hfConfig('Qwen/Qwen3-30B-A3B'),
	'gemma2-9b': hfConfig('google/gemma-2-9b'),
	'gemma3-12b': hfConfig('google/gemma-3-12b-pt'),
	'gemma3-27b': hfConfig('google/gemma-3-27b-pt'),
	'mistral-7b': hfConfig('mistralai/Mistral-7B-v0.1'),
	'mixtral-8x7b': hfConfig('mistralai/Mixtral-8x7B-v0.1'),
	'deepseek-v3': hfConfig('deepseek-ai/DeepSeek-V3'),
	'olmo2-7b': hfConfig('allenai/OLMo-2-1124-7B'),
	'phi3-mini': hfConfig('microsoft/Phi-3-mini-4k-instruct'),

	// Published runs
	'gpt3-175b-training': {
		doc: { kind: 'paper', name: 'Brown et al. 2020', where: { table: 'D.1' } },
	},
	'gopher-280b-training': {
		doc: { kind: 'paper', name: 'Hoffmann et al. 2022', where: { table: '3' } },
	},
	'chinchilla-70b-training': {
		doc: { kind: 'paper', name: 'Hoffmann et al. 2022', where: { table: '1' } },
	},
	'llama2-7b-pretraining': { doc: LLAMA2, clauses: ['gpuHoursCard', 'formFactorInferred'] },
	'llama2-13b-pretraining': { doc: LLAMA2, clauses: ['gpuHoursCard', 'formFactorInferred'] },
	'llama2-70b-pretraining': { doc: LLAMA2, clauses: ['gpuHoursCard', 'formFactorInferred'] },
	'llama3-8b-pretraining': {
		doc: { kind: 'modelCard', name: 'Llama 3' },
		clauses: ['gpuHoursCard', 'tokensLowerBound'],
	},
	'llama3-70b-pretraining': {
		doc: { kind: 'modelCard', name: 'Llama 3' },
		clauses: ['gpuHoursCard', 'tokensLowerBound'],
	},
	'llama3.1-8b-training': {
		doc: { kind: 'modelCard', name: 'Llama 3.1' },
		clauses: ['gpuHoursCard', 'tokensLowerBound'],
	},
	'llama3.1-70b-training': {
		doc: { kind: 'modelCard', name: 'Llama 3.1' },
		clauses: ['gpuHoursCard', 'tokensLowerBound'],
	},
	'llama3.1-405b-training': {
		doc: { kind: 'paper', name: 'Llama Team 2024', where: { table: '4' } },
		clauses: ['gpuHoursCard'],
	},
	'palm-540b-training': {
		doc: { kind: 'paper', name: 'Chowdhery et al. 2022', where: { appendix: 'B' } },
		clauses: ['readInSummaries'],
	},
	'nanogpt-gpt2-124m-reproduction': {
		doc: { kind: 'repo', name: 'nanoGPT', where: { file: 'README.md' } },
		clauses: ['derivedTokens'],
	},
	'llmc-gpt2-124m-reproduction': {
		doc: { kind: 'repo', name: 'llm.c', where: { discussion: '481' } },
		clauses: ['readReproduced', 'mfuPeakQuoted'],
	},
	'llmc-gpt2-1558m-reproduction': {
		doc: { kind: 'repo', name: 'llm.c', where: { discussion: '677' } },
	},
	'gpt3-175b-megatron-projection': {
		doc: { kind: 'paper', name: 'Narayanan et al. 2021', where: { section: '5.1' } },
		clauses: ['projectionOnly'],
	},
	'gpt3-175b-patterson-estimate': {
		doc: { kind: 'paper', name: 'Patterson et al. 2021', where: { table: '4' } },
		clauses: ['readInSummaries', 'projectionOnly'],
	},
	'gpt3-175b-lambda-estimate': {
		doc: { kind: 'paper', name: 'Lambda, “Demystifying GPT-3”' },
		clauses: ['idealised', 'readReproduced'],
	},
};

/** A document named in `locale`: "Brown et al. 2020, Table D.1", "Brown et al. 2020, tableau D.1". */
export function citation(doc: Doc, locale: Locale): string {
	const r = renderers[locale];
	const name = r.kinds[doc.kind](locale === 'ar' ? `\u2066${doc.name}\u2069` : doc.name);
	const sep = locale === 'ar' ? '، ' : ', ';
	return doc.where ? `${name}${sep}${r.where(doc.where)}` : name;
}

/** The note for entry `id` in `locale`, as one short paragraph; throws when there is none. */
export function dataNote(id: string, locale: Locale): string {
	const note = dataNotes[id];
	if (!note) throw new Error(`no reader-facing source note for ${JSON.stringify(id)}`);
	const r = renderers[locale];
	return [
		r.read(citation(note.doc, locale)),
		...(note.clauses ?? []).map((c) => r.clauses[c]),
	].join(' ');
}

/** Model names with words in them, per locale (the others are proper names). */
const modelNames: Record<string, Record<Locale, string>> = {
	gpt2: { en: 'GPT-2 small', fr: 'GPT-2 petit', hi: 'GPT-2 छोटा', ar: 'GPT-2 الصغير' },
	'gpt2-medium': { en: 'GPT-2 medium', fr: 'GPT-2 moyen', hi: 'GPT-2 मध्यम', ar: 'GPT-2 المتوسط' },
	'gpt2-large': { en: 'GPT-2 large', fr: 'GPT-2 grand', hi: 'GPT-2 बड़ा', ar: 'GPT-2 الكبير' },
	'gpt2-xl': { en: 'GPT-2 XL', fr: 'GPT-2 XL', hi: 'GPT-2 XL', ar: 'GPT-2 XL' },
	'nanogpt-gpt2-124m': {
		en: 'nanoGPT GPT-2 (train_gpt2 configuration)',
		fr: 'nanoGPT GPT-2 (configuration train_gpt2)',
		hi: 'nanoGPT GPT-2 (train_gpt2 विन्यास)',
		ar: 'nanoGPT GPT-2 (إعدادات train_gpt2)',
	},
	'nanogpt-note-40m': {
		en: 'nanoGPT, the nanoGPT note’s model',
		fr: 'nanoGPT, le modèle de la note sur nanoGPT',
		hi: 'nanoGPT, nanoGPT नोट का मॉडल',
		ar: 'nanoGPT، نموذج ملاحظة nanoGPT',
	},
	'gopher-1.4b': {
		en: 'Gopher family 1.4B',
		fr: 'Famille Gopher, 1.4B',
		hi: 'Gopher परिवार, 1.4B',
		ar: 'عائلة Gopher، 1.4B',
	},
};

/** A model's name in `locale`. */
export function modelName(id: string, fallback: string, locale: Locale): string {
	return modelNames[id]?.[locale] ?? fallback;
}

/** "up to N GB unified" in every locale (Apple's unified memory). */
function unified(gb: number): Record<Locale, string> {
	return {
		en: `up to ${gb} GB unified`,
		fr: `jusqu’à ${gb} GB unifiée`,
		hi: `${gb} GB तक साझा`,
		ar: `حتى ${gb} GB موحّدة`,
	};
}

/** Memory labels with words in them (Apple's unified memory), per locale. */
const memoryLabels: Record<string, Record<Locale, string>> = {
	'apple-m1': unified(16),
	'apple-m1-pro': unified(32),
	'apple-m2': unified(24),
	'apple-m2-max': unified(96),
	'apple-m2-ultra': unified(192),
	'apple-m3-max': unified(128),
	'apple-m3-ultra': unified(512),
	'apple-m4-max': unified(128),
};

/** A GPU's memory as printed, in `locale`. */
export function memoryLabel(id: string, printed: string, locale: Locale): string {
	return memoryLabels[id]?.[locale] ?? printed;
}

/**
 * How a run is named; a projection's row also carries the page's "projection" tag, so its name
 * does not repeat the word (it read "Megatron-LM projection projection").
 */
type RunKind =
	'training' | 'pretraining' | 'reproduction' | 'llmc' | 'projection' | 'estimate' | 'energy';
const runKinds: Record<Locale, Record<RunKind, (subject: string) => string>> = {
	en: {
		training: (x) => `${x} training`,
		pretraining: (x) => `${x} pre-training`,
		reproduction: (x) => `${x}: nanoGPT reproduction`,
		llmc: (x) => `${x}: llm.c reproduction`,
		projection: (x) => `${x}: Megatron-LM`,
		estimate: (x) => `${x}: Lambda estimate`,
		energy: (x) => `${x}: Patterson et al. energy estimate`,
	},
	fr: {
		training: (x) => `Entraînement de ${x}`,
		pretraining: (x) => `Pré-entraînement de ${x}`,
		reproduction: (x) => `${x} : reproduction par nanoGPT`,
		llmc: (x) => `${x} : reproduction par llm.c`,
		projection: (x) => `${x} : Megatron-LM`,
		estimate: (x) => `${x} : estimation de Lambda`,
		energy: (x) => `${x} : estimation énergétique de Patterson et al.`,
	},
	hi: {
		training: (x) => `${x} की ट्रेनिंग`,
		pretraining: (x) => `${x} की प्री-ट्रेनिंग`,
		reproduction: (x) => `${x}: nanoGPT द्वारा पुनरुत्पादन`,
		llmc: (x) => `${x}: llm.c द्वारा पुनरुत्पादन`,
		projection: (x) => `${x}: Megatron-LM`,
		estimate: (x) => `${x}: Lambda का अनुमान`,
		energy: (x) => `${x}: Patterson et al. का ऊर्जा अनुमान`,
	},
	ar: {
		training: (x) => `تدريب ${x}`,
		pretraining: (x) => `التدريب المسبق لـ ${x}`,
		reproduction: (x) => `${x}: إعادة إنتاج nanoGPT`,
		llmc: (x) => `${x}: إعادة إنتاج llm.c`,
		projection: (x) => `${x}: Megatron-LM`,
		estimate: (x) => `${x}: تقدير Lambda`,
		energy: (x) => `${x}: تقدير Patterson et al. للطاقة`,
	},
};
const runLabels: Record<string, [string, RunKind]> = {
	'gpt3-175b-training': ['GPT-3 175B', 'training'],
	'gopher-280b-training': ['Gopher 280B', 'training'],
	'chinchilla-70b-training': ['Chinchilla 70B', 'training'],
	'llama2-7b-pretraining': ['Llama 2 7B', 'pretraining'],
	'llama2-13b-pretraining': ['Llama 2 13B', 'pretraining'],
	'llama2-70b-pretraining': ['Llama 2 70B', 'pretraining'],
	'llama3-8b-pretraining': ['Llama 3 8B', 'pretraining'],
	'llama3-70b-pretraining': ['Llama 3 70B', 'pretraining'],
	'llama3.1-8b-training': ['Llama 3.1 8B', 'training'],
	'llama3.1-70b-training': ['Llama 3.1 70B', 'training'],
	'llama3.1-405b-training': ['Llama 3.1 405B', 'training'],
	'palm-540b-training': ['PaLM 540B', 'training'],
	'nanogpt-gpt2-124m-reproduction': ['GPT-2 124M', 'reproduction'],
	'llmc-gpt2-124m-reproduction': ['GPT-2 124M', 'llmc'],
	'llmc-gpt2-1558m-reproduction': ['GPT-2 1558M', 'llmc'],
	'gpt3-175b-megatron-projection': ['GPT-3 175B', 'projection'],
	'gpt3-175b-patterson-estimate': ['GPT-3 175B', 'energy'],
	'gpt3-175b-lambda-estimate': ['GPT-3 175B', 'estimate'],
};

/** A published run's name in `locale` (model names stay as published); throws when unknown. */
export function runName(id: string, locale: Locale): string {
	const label = runLabels[id];
	if (!label) throw new Error(`no localized name for the published run ${JSON.stringify(id)}`);
	const [subject, kind] = label;
	return runKinds[locale][kind](locale === 'ar' ? `\u2066${subject}\u2069` : subject);
}
