/**
 * The methods page's longer text: section titles (their ids are the page's anchors, shared with
 * the glossary), each formula's explanation, the reality check's table. `{name}` in a text is
 * filled with a figure from src/figures/methods.ts (the names are listed in
 * src/components/methods/fills.ts), never typed here.
 */
import { defineStrings } from './index.ts';
import type { MethodsSection } from './glossary.ts';

export type FormulaId =
	| 'sixN'
	| 'attention'
	| 'recompute'
	| 'bytes'
	| 'activations'
	| 'zero'
	| 'chinchilla'
	| 'peaks'
	| 'mfu'
	| 'units'
	| 'energy';

type FormulaText = {
	title: string;
	/** What the formula gives and how the core uses it. */
	what: string;
	assumptions: string;
	error: string;
};

type MethodsText = {
	sections: Record<MethodsSection, string>;
	formulasIntro: string;
	labels: { what: string; source: string; assumptions: string; error: string };
	formulas: Record<FormulaId, FormulaText>;
	reality: {
		intro: string;
		caption: string;
		run: string;
		hardware: string;
		sixND: string;
		published: string;
		difference: string;
		impliedMfu: string;
		publishedMfu: string;
		projection: string;
		gpuHours: string;
		none: string;
		notes: string;
		scrollHint: string;
	};
	tables: { notes: string };
};

const en: MethodsText = {
	sections: {
		formulas: 'Formulas',
		compute: 'Training compute',
		memory: 'Training memory',
		scaling: 'Compute-optimal size',
		peaks: 'Peak FLOP/s',
		utilisation: 'Utilisation and time',
		units: 'Units',
		energy: 'Energy',
		'reality-check': 'Reality check',
		accelerators: 'Accelerators',
		models: 'Models',
	},
	formulasIntro:
		'Every estimate on this site comes from the formulas below, run by one estimation core. Each gives its source, what it assumes and how far it can be off.',
	labels: {
		what: 'What it gives',
		source: 'Source',
		assumptions: 'Assumptions',
		error: 'Known error',
	},
	formulas: {
		sixN: {
			title: 'Training compute: 6 · N · D',
			what: 'The FLOP to train a model of N parameters on D tokens: each parameter takes part in one multiply-add (2 FLOP) per token in the forward pass and two in the backward pass.',
			assumptions:
				'Every weight is used once per token; the table of learned positions is a lookup and is left out of N; the optimizer step and normalisations are negligible.',
			error:
				'It leaves out attention. For GPT-3 175B that is {attentionGpt3} of the total; for a small model with a long context ({smallModel}) it is {attentionSmall}.',
		},
		attention: {
			title: 'Per token, with attention: 6N + 12 · L · H · Q · T',
			what: 'The FLOP per token the core uses by default, for MFU and the calculators: the scores QKᵀ and their use A·V add 12 · L · H · Q · T, with L layers, H heads of width Q (H · Q = d) and a context of T tokens.',
			assumptions:
				'Every score of the T × T matrix is computed, as in PaLM’s and nanoGPT’s accounting: no causal halving.',
			error:
				'With a causal mask half the scores are never needed; kernels that skip them do about half the attention FLOP. The core’s figure is then high by up to half the attention share above.',
		},
		recompute: {
			title: 'Hardware FLOP with recomputation',
			what: 'Full recomputation reruns every block’s forward pass during the backward pass: + 2 · N_blocks + 4 · L · H · Q · T per token (close to the 8N of Megatron-LM). Selective recomputation reruns only the attention core: + 4 · L · H · Q · T. These count toward HFU, never MFU.',
			assumptions: 'The output head and the embeddings are not recomputed.',
			error:
				'Korthikanti et al. count 12 · L · H · Q · T for selective recomputation; the core counts only the operations rerun, so its HFU is lower than theirs for the same run.',
		},
		bytes: {
			title: 'Model state: 16, 18 or 20 bytes per parameter',
			what: 'Mixed-precision Adam keeps 16-bit weights (2 bytes) and gradients (2), an FP32 master copy (4) and two FP32 moments (8): {bytes16} bytes per parameter. Keeping FP32 gradients, as Megatron does, makes {bytes18}; keeping both, as in Megatron-Turing NLG’s accounting, {bytes20}.',
			assumptions:
				'Adam or AdamW; 8-bit Adam stores one byte per moment. PyTorch’s autocast keeps FP32 weights and gradients and makes 16-bit copies on the fly: the same 16 in total.',
			error:
				'Temporary buffers, the CUDA context and allocator fragmentation come on top; the core adds a fixed {overhead} per device, which real runs exceed or undercut by about a gigabyte.',
		},
		activations: {
			title: 'Activations, logits and FlashAttention',
			what: 'What the forward pass keeps for the backward pass, per layer, for a micro-batch of b sequences of s tokens, width h and a heads, in 16 bits with dropout (Korthikanti et al.). FlashAttention replaces the s² scores by a 4-byte log-sum-exp per head and row; full recomputation keeps only each block’s input. The logits and their gradient add 8 · s · b · V bytes in FP32.',
			assumptions:
				'A GPT-2 block (LayerNorm, GELU MLP); Llama blocks keep the wider SwiGLU tensors. Tensors are stored as eager PyTorch saves them.',
			error:
				'Fused kernels and compilers save less; measured peaks can be lower by a fifth. The logits term assumes the loss is not computed in chunks.',
		},
		zero: {
			title: 'Sharding: ZeRO and FSDP',
			what: 'ZeRO divides the optimizer state (stage 1), then the gradients (stage 2), then the weights (stage 3) by the number of data-parallel devices. Tensor and pipeline parallelism divide the weights by their own degrees.',
			assumptions:
				'Stage 3 also holds the largest block gathered whole while it is used. Activations are never sharded by ZeRO.',
			error: 'Communication buffers and prefetching can hold a second block; the core counts one.',
		},
		chinchilla: {
			title: 'Compute-optimal size: Hoffmann and Epoch fits',
			what: 'Fitted loss L(N, D) = E + A / N^α + B / D^β, minimised under C = 6 · N · D. At Gopher’s budget of {budget}, the Epoch AI refit (the default here) gives {epochN} parameters on {epochD} tokens, Hoffmann et al.’s own fit {hoffmannN} on {hoffmannD}, and the 20-tokens-per-parameter rule {rule20N}; Chinchilla itself has {chinchilla}.',
			assumptions:
				'Loss on Chinchilla’s MassiveText data and tokenizer; the Hoffmann constants are the unrounded ones that reproduce the paper’s own projection.',
			error:
				'The fits disagree by nearly a factor of two in N at the same budget: any compute-optimal figure on this site names its fit.',
		},
		peaks: {
			title: 'Dense peaks and FP32 from the clock',
			what: 'Peak FLOP/s are dense: vendors’ “with sparsity” figures are halved. FP32 (non-tensor) is CUDA cores × 2 × boost clock; 16-bit figures are tensor-core rates with FP32 accumulation, which GeForce cards run at half their FP16-accumulation rate.',
			assumptions:
				'The boost clock holds under load; a figure missing from a datasheet is scaled from a sibling chip by tensor cores × clock, as llm.c does, and marked as computed.',
			error:
				'Cards throttle under sustained load, and the advertised boost clock is not a ceiling either: real peaks differ by a few percent.',
		},
		mfu: {
			title: 'MFU, HFU and training time',
			what: 'MFU is the model’s FLOP per second over the dense peak of the devices; HFU counts recomputed FLOP too. Time is compute over devices × peak × MFU.',
			assumptions:
				'The peak is the dense figure for the precision used. nanoGPT prints MFU against an A100’s {a100} whatever the GPU: divide by your own card’s peak instead.',
			error:
				'An MFU above 100% means the inputs are impossible: the core refuses it. Published GPU-hours include restarts, evaluation and idle time, so the MFU they imply is lower than the one measured during steady training.',
		},
		units: {
			title: 'GB and GiB, GPU-years',
			what: 'Memory is built from power-of-two chips: an “80 GB” card holds 80 GiB. Disks and networks use decimal gigabytes. A GPU-year is one device for a Julian year of {days} days.',
			assumptions:
				'Usable memory is a little below the printed figure (ECC, the driver’s reservation).',
			error:
				'Mixing the two gigabytes is an error of about {gibExtra}; a 365-day year changes GPU-years by {yearDiff}.',
		},
		energy: {
			title: 'Energy, cost and emissions',
			what: 'Energy is power × devices × time × PUE; cost is energy × price per kWh; emissions are energy × the grid’s grams of CO₂ per kWh.',
			assumptions:
				'Board power at its rated figure (TDP or TGP); the rest of the computer and the data centre enter only through PUE.',
			error:
				'Training rarely draws the full rated power: the estimate is an upper bound, often by a fifth or more.',
		},
	},
	reality: {
		intro:
			'Real training runs beside what the core estimates for them. The compute column applies 6 · N · D to the parameters counted from the configuration (the published count where the model is not listed) and the published tokens, as the articles and calculators do; the MFU column divides the model FLOP (6N + 12 · L · H · Q · T when the architecture is listed) by the published GPU-hours, or devices × time, at the dense 16-bit peak.',
		caption: 'Published figures against the core’s estimates',
		run: 'Run',
		hardware: 'Hardware time',
		sixND: '6 · N · D',
		published: 'Published compute',
		difference: 'Difference',
		impliedMfu: 'Implied MFU',
		publishedMfu: 'Published MFU',
		projection: 'projection',
		gpuHours: 'GPU-hours',
		none: '—',
		notes:
			'How to read it: 6 · N · D lands within a fraction of a percent of GPT-3’s and Llama 3.1’s published totals, which were counted the same way; Gopher’s budget comes from a more detailed count. Implied MFUs from model cards are lower than measured ones because GPU-hours include restarts, evaluations and idle time. The Megatron-LM projection publishes {megatronPerDevice} per GPU, which counts recomputation: {megatronShare} of the peak is its HFU, and the MFU it implies is {megatronMfu}.',
		scrollHint: 'Scroll sideways to see every column.',
	},
	tables: {
		notes:
			'Source notes below each table say where every figure was read; a value marked * was computed from other published figures, and one marked † was read in a reproduction of the document rather than the document itself.',
	},
};

const fr: MethodsText = {
	sections: {
		formulas: 'Formules',
		compute: 'Calcul d’entraînement',
		memory: 'Mémoire d’entraînement',
		scaling: 'Taille optimale pour un budget',
		peaks: 'Pics en FLOP/s',
		utilisation: 'Utilisation et durée',
		units: 'Unités',
		energy: 'Énergie',
		'reality-check': 'Confrontation au réel',
		accelerators: 'Accélérateurs',
		models: 'Modèles',
	},
	formulasIntro:
		'Toutes les estimations de ce site viennent des formules ci-dessous, appliquées par un seul moteur d’estimation. Chacune indique sa source, ce qu’elle suppose et de combien elle peut se tromper.',
	labels: {
		what: 'Ce qu’elle donne',
		source: 'Source',
		assumptions: 'Hypothèses',
		error: 'Erreur connue',
	},
	formulas: {
		sixN: {
			title: 'Calcul d’entraînement : 6 · N · D',
			what: 'Les FLOP nécessaires pour entraîner un modèle de N paramètres sur D jetons : chaque paramètre participe à une multiplication-addition (2 FLOP) par jeton dans la passe avant, et à deux dans la passe arrière.',
			assumptions:
				'Chaque poids sert une fois par jeton ; la table des positions apprises est une simple lecture et n’entre pas dans N ; le pas de l’optimiseur et les normalisations sont négligeables.',
			error:
				'Elle ignore l’attention. Pour GPT-3 175B, cela représente {attentionGpt3} du total ; pour un petit modèle à long contexte ({smallModel}), {attentionSmall}.',
		},
		attention: {
			title: 'Par jeton, avec l’attention : 6N + 12 · L · H · Q · T',
			what: 'Les FLOP par jeton que le moteur utilise par défaut, pour le MFU et les calculateurs : les scores QKᵀ et leur application A·V ajoutent 12 · L · H · Q · T, avec L couches, H têtes de largeur Q (H · Q = d) et un contexte de T jetons.',
			assumptions:
				'Tous les scores de la matrice T × T sont calculés, comme dans les décomptes de PaLM et de nanoGPT : pas de division par deux pour le masque causal.',
			error:
				'Avec un masque causal, la moitié des scores est inutile ; les noyaux qui les sautent font environ la moitié des FLOP d’attention. Le chiffre du moteur est alors trop haut, au plus de la moitié de la part d’attention ci-dessus.',
		},
		recompute: {
			title: 'FLOP matériels avec recalcul',
			what: 'Le recalcul complet refait la passe avant de chaque bloc pendant la passe arrière : + 2 · N_blocks + 4 · L · H · Q · T par jeton (proche des 8N de Megatron-LM). Le recalcul sélectif ne refait que le cœur de l’attention : + 4 · L · H · Q · T. Ces FLOP comptent dans le HFU, jamais dans le MFU.',
			assumptions: 'La tête de sortie et les plongements ne sont pas recalculés.',
			error:
				'Korthikanti et al. comptent 12 · L · H · Q · T pour le recalcul sélectif ; le moteur ne compte que les opérations refaites, et son HFU est donc plus bas que le leur pour un même entraînement.',
		},
		bytes: {
			title: 'État du modèle : 16, 18 ou 20 octets par paramètre',
			what: 'Adam en précision mixte garde les poids (2 octets) et les gradients (2) en 16 bits, une copie maîtresse en FP32 (4) et deux moments en FP32 (8) : {bytes16} octets par paramètre. Garder les gradients en FP32, comme Megatron, donne {bytes18} ; garder les deux, comme dans le décompte de Megatron-Turing NLG, {bytes20}.',
			assumptions:
				'Adam ou AdamW ; Adam 8 bits stocke un octet par moment. L’autocast de PyTorch garde poids et gradients en FP32 et en fait des copies 16 bits à la volée : le même total de 16.',
			error:
				'Les tampons temporaires, le contexte CUDA et la fragmentation de l’allocateur s’y ajoutent ; le moteur ajoute une marge fixe par accélérateur, que les vrais entraînements dépassent ou n’atteignent pas d’environ un gigaoctet.',
		},
		activations: {
			title: 'Activations, logits et FlashAttention',
			what: 'Ce que la passe avant garde pour la passe arrière, par couche, pour un micro-lot de b séquences de s jetons, de largeur h et à a têtes, en 16 bits avec dropout (Korthikanti et al.). FlashAttention remplace les s² scores par un log-sum-exp de 4 octets par tête et par ligne ; le recalcul complet ne garde que l’entrée de chaque bloc. Les logits et leur gradient ajoutent 8 · s · b · V octets en FP32.',
			assumptions:
				'Un bloc GPT-2 (LayerNorm, MLP GELU) ; les blocs Llama gardent les tenseurs SwiGLU, plus larges. Les tenseurs sont stockés comme PyTorch les sauvegarde en mode immédiat.',
			error:
				'Les noyaux fusionnés et les compilateurs en gardent moins ; les pics mesurés peuvent être plus bas d’un cinquième. Le terme des logits suppose que la perte n’est pas calculée par morceaux.',
		},
		zero: {
			title: 'Partitionnement : ZeRO et FSDP',
			what: 'ZeRO divise l’état de l’optimiseur (étape 1), puis les gradients (étape 2), puis les poids (étape 3) par le nombre d’accélérateurs en parallélisme de données. Les parallélismes de tenseurs et de pipeline divisent les poids par leur propre degré.',
			assumptions:
				'L’étape 3 garde aussi le plus grand bloc rassemblé le temps de s’en servir. ZeRO ne partitionne jamais les activations.',
			error:
				'Les tampons de communication et le préchargement peuvent garder un second bloc ; le moteur en compte un.',
		},
		chinchilla: {
			title: 'Taille optimale : ajustements de Hoffmann et d’Epoch',
			what: 'Perte ajustée L(N, D) = E + A / N^α + B / D^β, minimisée sous C = 6 · N · D. Pour le budget de Gopher, {budget}, le réajustement d’Epoch AI (celui du site par défaut) donne {epochN} de paramètres sur {epochD} de jetons, l’ajustement de Hoffmann et al. {hoffmannN} sur {hoffmannD}, et la règle des 20 jetons par paramètre {rule20N} ; Chinchilla lui-même en a {chinchilla}.',
			assumptions:
				'Perte sur les données MassiveText et le tokeniseur de Chinchilla ; les constantes de Hoffmann sont celles, non arrondies, qui redonnent la projection de l’article.',
			error:
				'Les ajustements divergent de près d’un facteur deux sur N à budget égal : toute taille optimale donnée sur ce site nomme son ajustement.',
		},
		peaks: {
			title: 'Pics denses, et FP32 d’après la fréquence',
			what: 'Les pics en FLOP/s sont denses : les chiffres « avec parcimonie » des constructeurs sont divisés par deux. Le FP32 (hors cœurs tensoriels) vaut cœurs CUDA × 2 × fréquence maximale ; les chiffres 16 bits sont des débits de cœurs tensoriels avec accumulation FP32, que les GeForce exécutent à la moitié de leur débit avec accumulation FP16.',
			assumptions:
				'La fréquence maximale tient en charge ; un chiffre absent d’une fiche technique est déduit d’une puce sœur selon cœurs tensoriels × fréquence, comme le fait llm.c, et marqué comme calculé.',
			error:
				'Les cartes ralentissent sous charge prolongée, et la fréquence annoncée n’est pas non plus un plafond : les pics réels diffèrent de quelques pour cent.',
		},
		mfu: {
			title: 'MFU, HFU et durée d’entraînement',
			what: 'Le MFU est le nombre de FLOP par seconde du modèle rapporté au pic dense des accélérateurs ; le HFU compte aussi les FLOP recalculés. La durée vaut le calcul divisé par accélérateurs × pic × MFU.',
			assumptions:
				'Le pic est le chiffre dense de la précision employée. nanoGPT affiche un MFU rapporté aux {a100} d’un A100, quel que soit le GPU : divisez plutôt par le pic de votre carte.',
			error:
				'Un MFU au-delà de 100 % signifie des données impossibles : le moteur le refuse. Les heures-GPU publiées incluent redémarrages, évaluations et temps morts, et le MFU qu’elles impliquent est plus bas que celui mesuré en régime établi.',
		},
		units: {
			title: 'Go et Gio, années-GPU',
			what: 'La mémoire est faite de puces en puissances de deux : une carte « 80 GB » contient 80 Gio. Disques et réseaux emploient des gigaoctets décimaux. Une année-GPU, c’est un accélérateur pendant une année julienne de {days} jours.',
			assumptions:
				'La mémoire utilisable est un peu inférieure au chiffre imprimé (ECC, réserve du pilote).',
			error:
				'Confondre les deux gigaoctets fausse d’environ {gibExtra} ; une année de 365 jours change les années-GPU de {yearDiff}.',
		},
		energy: {
			title: 'Énergie, coût et émissions',
			what: 'L’énergie vaut puissance × accélérateurs × durée × PUE ; le coût, énergie × prix du kWh ; les émissions, énergie × grammes de CO₂ par kWh du réseau.',
			assumptions:
				'Puissance de carte à sa valeur nominale (TDP ou TGP) ; le reste de l’ordinateur et du centre de données n’entre que par le PUE.',
			error:
				'Un entraînement tire rarement toute la puissance nominale : l’estimation est un majorant, souvent d’un cinquième ou plus.',
		},
	},
	reality: {
		intro:
			'De vrais entraînements à côté de ce que le moteur estime pour eux. La colonne de calcul applique 6 · N · D aux paramètres comptés d’après la configuration (le nombre publié quand le modèle n’est pas listé) et aux jetons publiés, comme les articles et les calculateurs ; la colonne MFU divise les FLOP du modèle (6N + 12 · L · H · Q · T quand l’architecture est connue) par les heures-GPU publiées, ou accélérateurs × durée, au pic dense 16 bits.',
		caption: 'Chiffres publiés et estimations du moteur',
		run: 'Entraînement',
		hardware: 'Temps de matériel',
		sixND: '6 · N · D',
		published: 'Calcul publié',
		difference: 'Écart',
		impliedMfu: 'MFU déduit',
		publishedMfu: 'MFU publié',
		projection: 'projection',
		gpuHours: 'heures-GPU',
		none: '—',
		notes:
			'Comment le lire : 6 · N · D tombe à une fraction de pour cent des totaux publiés de GPT-3 et de Llama 3.1, comptés de la même façon ; le budget de Gopher vient d’un décompte plus détaillé. Les MFU déduits des fiches de modèles sont plus bas que les MFU mesurés, car les heures-GPU incluent redémarrages, évaluations et temps morts. La projection de Megatron-LM annonce {megatronPerDevice} par GPU, recalcul compris : ses {megatronShare} du pic sont un HFU, et le MFU qu’elle implique est de {megatronMfu}.',
		scrollHint: 'Faites défiler horizontalement pour voir toutes les colonnes.',
	},
	tables: {
		notes:
			'Les notes sous chaque tableau disent où chaque chiffre a été lu ; une valeur marquée * est calculée à partir d’autres chiffres publiés, une valeur marquée † a été lue dans une reproduction du document plutôt que dans le document lui-même.',
	},
};

const hi: MethodsText = {
	sections: {
		formulas: 'सूत्र',
		compute: 'ट्रेनिंग कंप्यूट',
		memory: 'ट्रेनिंग मेमोरी',
		scaling: 'कंप्यूट-इष्टतम आकार',
		peaks: 'पीक FLOP/s',
		utilisation: 'उपयोग और समय',
		units: 'इकाइयाँ',
		energy: 'ऊर्जा',
		'reality-check': 'वास्तविकता-जाँच',
		accelerators: 'एक्सेलेरेटर',
		models: 'मॉडल',
	},
	formulasIntro:
		'इस साइट का हर अनुमान नीचे दिए सूत्रों से आता है, जिन्हें एक ही अनुमान-इंजन चलाता है। हर सूत्र के साथ उसका स्रोत, उसकी धारणाएँ और उसकी संभावित चूक दी गई है।',
	labels: {
		what: 'यह क्या देता है',
		source: 'स्रोत',
		assumptions: 'धारणाएँ',
		error: 'ज्ञात त्रुटि',
	},
	formulas: {
		sixN: {
			title: 'ट्रेनिंग कंप्यूट: 6 · N · D',
			what: 'N पैरामीटर वाले मॉडल को D टोकन पर प्रशिक्षित करने के FLOP: हर पैरामीटर फ़ॉरवर्ड पास में प्रति टोकन एक गुणा-और-जोड़ (2 FLOP) में और बैकवर्ड पास में दो में भाग लेता है।',
			assumptions:
				'हर वेट प्रति टोकन एक बार इस्तेमाल होता है; सीखी गई स्थितियों की तालिका केवल देखने (lookup) का काम है और N में नहीं गिनी जाती; ऑप्टिमाइज़र का क़दम और नॉर्मलाइज़ेशन नगण्य हैं।',
			error:
				'यह अटेंशन को छोड़ देता है। GPT-3 175B के लिए यह कुल का {attentionGpt3} है; लंबे कॉन्टेक्स्ट वाले छोटे मॉडल ({smallModel}) के लिए {attentionSmall}।',
		},
		attention: {
			title: 'प्रति टोकन, अटेंशन सहित: 6N + 12 · L · H · Q · T',
			what: 'वे FLOP प्रति टोकन जो इंजन MFU और कैलकुलेटरों के लिए डिफ़ॉल्ट रूप से लेता है: स्कोर QKᵀ और उनका उपयोग A·V मिलकर 12 · L · H · Q · T जोड़ते हैं, जहाँ L लेयर, Q चौड़ाई वाले H हेड (H · Q = d) और T टोकन का संदर्भ है।',
			assumptions:
				'T × T मैट्रिक्स का हर स्कोर गिना जाता है, जैसा PaLM और nanoGPT गिनते हैं: कॉज़ल मास्क के लिए आधा नहीं किया जाता।',
			error:
				'कॉज़ल मास्क के साथ आधे स्कोर की ज़रूरत ही नहीं पड़ती; जो कर्नेल उन्हें छोड़ देते हैं वे अटेंशन के लगभग आधे FLOP करते हैं। तब इंजन का आँकड़ा ऊपर बताए अटेंशन-हिस्से के अधिकतम आधे तक ज़्यादा होता है।',
		},
		recompute: {
			title: 'रीकंप्यूटेशन के साथ हार्डवेयर FLOP',
			what: 'पूर्ण रीकंप्यूटेशन बैकवर्ड पास के दौरान हर ब्लॉक का फ़ॉरवर्ड पास दोबारा चलाता है: प्रति टोकन + 2 · N_blocks + 4 · L · H · Q · T (Megatron-LM के 8N के क़रीब)। चयनात्मक रीकंप्यूटेशन केवल अटेंशन का केंद्रीय भाग दोबारा चलाता है: + 4 · L · H · Q · T। ये FLOP HFU में गिने जाते हैं, MFU में कभी नहीं।',
			assumptions: 'आउटपुट हेड और एम्बेडिंग दोबारा नहीं गणना किए जाते।',
			error:
				'Korthikanti et al. चयनात्मक रीकंप्यूटेशन के लिए 12 · L · H · Q · T गिनते हैं; इंजन केवल दोबारा चली संक्रियाएँ गिनता है, इसलिए उसी ट्रेनिंग रन के लिए उसका HFU उनसे कम आता है।',
		},
		bytes: {
			title: 'मॉडल की स्थिति: प्रति पैरामीटर 16, 18 या 20 बाइट',
			what: 'मिक्स्ड प्रिसिज़न वाला Adam 16-बिट वेट (2 बाइट) और ग्रेडिएंट (2), एक FP32 मुख्य प्रति (4) और दो FP32 मोमेंट (8) रखता है: प्रति पैरामीटर {bytes16} बाइट। Megatron की तरह ग्रेडिएंट FP32 में रखने पर {bytes18}; Megatron-Turing NLG के हिसाब की तरह दोनों रखने पर {bytes20}।',
			assumptions:
				'Adam या AdamW; 8-बिट Adam हर मोमेंट के लिए एक बाइट रखता है। PyTorch का autocast वेट और ग्रेडिएंट FP32 में रखता है और 16-बिट प्रतियाँ तुरंत बनाता है: कुल वही 16।',
			error:
				'अस्थायी बफ़र, CUDA कॉन्टेक्स्ट और एलोकेटर का बिखराव इसके ऊपर आते हैं; इंजन हर उपकरण पर एक स्थिर अतिरिक्त मेमोरी जोड़ता है, जिससे असली ट्रेनिंग रन लगभग एक गीगाबाइट ऊपर या नीचे रहते हैं।',
		},
		activations: {
			title: 'एक्टिवेशन, लॉजिट और FlashAttention',
			what: 'फ़ॉरवर्ड पास बैकवर्ड पास के लिए जो रखता है, प्रति लेयर, s टोकन के b अनुक्रमों वाले माइक्रो-बैच के लिए, चौड़ाई h और a हेड के साथ, 16 बिट में और ड्रॉपआउट सहित (Korthikanti et al.)। FlashAttention s² स्कोर की जगह हर हेड और पंक्ति के लिए 4 बाइट का log-sum-exp रखता है; पूर्ण रीकंप्यूटेशन हर ब्लॉक का केवल इनपुट रखता है। लॉजिट और उनके ग्रेडिएंट FP32 में 8 · s · b · V बाइट जोड़ते हैं।',
			assumptions:
				'GPT-2 ब्लॉक (LayerNorm, GELU MLP); Llama ब्लॉक चौड़े SwiGLU टेंसर रखते हैं। टेंसर वैसे संग्रहित माने गए हैं जैसे PyTorch सामान्य (eager) मोड में रखता है।',
			error:
				'फ़्यूज़ किए गए कर्नेल और कंपाइलर कम रखते हैं; मापी गई पीक मेमोरी पाँचवें हिस्से तक कम हो सकती है। लॉजिट वाला पद मानता है कि लॉस टुकड़ों में नहीं गणना किया जाता।',
		},
		zero: {
			title: 'बँटवारा: ZeRO और FSDP',
			what: 'ZeRO ऑप्टिमाइज़र स्टेट (चरण 1), फिर ग्रेडिएंट (चरण 2), फिर वेट (चरण 3) को डेटा-समानांतर उपकरणों की संख्या से भाग देता है। टेंसर और पाइपलाइन समानांतरता वेट को अपनी-अपनी डिग्री से भाग देती हैं।',
			assumptions:
				'चरण 3 में सबसे बड़ा ब्लॉक इस्तेमाल के दौरान पूरा इकट्ठा रहता है। ZeRO एक्टिवेशन को कभी नहीं बाँटता।',
			error: 'संचार बफ़र और प्रीफ़ेचिंग एक दूसरा ब्लॉक भी रख सकते हैं; इंजन एक गिनता है।',
		},
		chinchilla: {
			title: 'कंप्यूट-इष्टतम आकार: Hoffmann और Epoch के फ़िट',
			what: 'फ़िट किया गया लॉस L(N, D) = E + A / N^α + B / D^β, जिसे C = 6 · N · D की शर्त पर न्यूनतम किया जाता है। Gopher के {budget} के बजट पर Epoch AI का दोबारा किया फ़िट (यहाँ डिफ़ॉल्ट) {epochD} टोकन पर {epochN} पैरामीटर देता है, Hoffmann et al. का अपना फ़िट {hoffmannD} पर {hoffmannN}, और प्रति पैरामीटर 20 टोकन का नियम {rule20N}; ख़ुद Chinchilla में {chinchilla} हैं।',
			assumptions:
				'लॉस Chinchilla के MassiveText डेटा और टोकनाइज़र पर है; Hoffmann के स्थिरांक बिना गोलाई वाले हैं, जो शोध-पत्र का अपना प्रक्षेपण दोबारा देते हैं।',
			error:
				'एक ही बजट पर फ़िट N में लगभग दो गुना तक असहमत हैं: इस साइट पर हर कंप्यूट-इष्टतम आँकड़ा अपने फ़िट का नाम बताता है।',
		},
		peaks: {
			title: 'डेंस पीक, और क्लॉक से FP32',
			what: 'पीक FLOP/s डेंस हैं: निर्माताओं के “स्पार्सिटी सहित” आँकड़े आधे किए गए हैं। FP32 (टेंसर के बिना) = CUDA कोर × 2 × बूस्ट क्लॉक; 16-बिट आँकड़े FP32 संचय वाली टेंसर-कोर दरें हैं, जिन्हें GeForce कार्ड FP16 संचय वाली दर के आधे पर चलाते हैं।',
			assumptions:
				'लोड में बूस्ट क्लॉक बना रहता है; डेटाशीट में न मिलने वाला आँकड़ा किसी सहोदर चिप से टेंसर कोर × क्लॉक के अनुपात में निकाला जाता है, जैसा llm.c करता है, और गणना किया गया चिह्नित होता है।',
			error:
				'लगातार लोड में कार्ड धीमे हो जाते हैं, और घोषित बूस्ट क्लॉक कोई ऊपरी सीमा भी नहीं है: असली पीक कुछ प्रतिशत अलग होते हैं।',
		},
		mfu: {
			title: 'MFU, HFU और ट्रेनिंग का समय',
			what: 'MFU मॉडल के प्रति सेकंड FLOP को उपकरणों के डेंस पीक से भाग है; HFU दोबारा गणना किए FLOP भी गिनता है। समय = कंप्यूट ÷ (उपकरण × पीक × MFU)।',
			assumptions:
				'पीक इस्तेमाल की गई प्रिसिज़न का डेंस आँकड़ा है। nanoGPT हर GPU पर MFU को A100 के {a100} के सापेक्ष दिखाता है: उसकी जगह अपने कार्ड के पीक से भाग दें।',
			error:
				'100% से ऊपर MFU का मतलब है कि इनपुट असंभव हैं: इंजन उसे अस्वीकार करता है। प्रकाशित GPU-घंटों में रीस्टार्ट, मूल्यांकन और ख़ाली समय भी शामिल हैं, इसलिए उनसे निकला MFU स्थिर ट्रेनिंग के दौरान मापे गए MFU से कम होता है।',
		},
		units: {
			title: 'GB और GiB, GPU-वर्ष',
			what: 'मेमोरी दो की घातों वाली चिपों से बनती है: “80 GB” कार्ड में 80 GiB होते हैं। डिस्क और नेटवर्क दशमलव गीगाबाइट इस्तेमाल करते हैं। एक GPU-वर्ष = एक उपकरण, {days} दिनों के एक जूलियन वर्ष तक।',
			assumptions: 'इस्तेमाल लायक़ मेमोरी छपे आँकड़े से थोड़ी कम होती है (ECC, ड्राइवर का आरक्षण)।',
			error:
				'दोनों गीगाबाइट को मिलाने से लगभग {gibExtra} की चूक होती है; 365 दिनों का वर्ष GPU-वर्षों को {yearDiff} बदलता है।',
		},
		energy: {
			title: 'ऊर्जा, लागत और उत्सर्जन',
			what: 'ऊर्जा = बिजली × उपकरण × समय × PUE; लागत = ऊर्जा × प्रति kWh क़ीमत; उत्सर्जन = ऊर्जा × ग्रिड के प्रति kWh CO₂ ग्राम।',
			assumptions:
				'बोर्ड की बिजली उसके निर्धारित आँकड़े (TDP या TGP) पर; बाक़ी कंप्यूटर और डेटा सेंटर केवल PUE के ज़रिए आते हैं।',
			error:
				'ट्रेनिंग शायद ही कभी पूरी निर्धारित बिजली लेती है: अनुमान ऊपरी सीमा है, अक्सर पाँचवें हिस्से या ज़्यादा से।',
		},
	},
	reality: {
		intro:
			'असली ट्रेनिंग रन, और इंजन उनके लिए क्या अनुमान लगाता है। कंप्यूट वाला स्तंभ कॉन्फ़िगरेशन से गिने गए पैरामीटर (जो मॉडल सूची में नहीं है, उसके प्रकाशित पैरामीटर) और प्रकाशित टोकन पर 6 · N · D लगाता है, जैसे लेख और कैलकुलेटर करते हैं; MFU वाला स्तंभ मॉडल के FLOP (आर्किटेक्चर ज्ञात हो तो 6N + 12 · L · H · Q · T) को प्रकाशित GPU-घंटों, या उपकरण × समय, से डेंस 16-बिट पीक पर भाग देता है।',
		caption: 'प्रकाशित आँकड़े और इंजन के अनुमान',
		run: 'ट्रेनिंग रन',
		hardware: 'हार्डवेयर समय',
		sixND: '6 · N · D',
		published: 'प्रकाशित कंप्यूट',
		difference: 'अंतर',
		impliedMfu: 'निकला MFU',
		publishedMfu: 'प्रकाशित MFU',
		projection: 'प्रक्षेपण',
		gpuHours: 'GPU-घंटे',
		none: '—',
		notes:
			'कैसे पढ़ें: 6 · N · D, GPT-3 और Llama 3.1 के प्रकाशित कुल से एक प्रतिशत के अंश के भीतर आता है, क्योंकि वे इसी तरह गिने गए थे; Gopher का बजट ज़्यादा विस्तृत गिनती से आता है। मॉडल कार्डों से निकले MFU मापे गए MFU से कम हैं, क्योंकि GPU-घंटों में रीस्टार्ट, मूल्यांकन और ख़ाली समय शामिल हैं। Megatron-LM का प्रक्षेपण प्रति GPU {megatronPerDevice} बताता है, जिसमें रीकंप्यूटेशन गिना गया है: पीक का उसका {megatronShare} HFU है, और उससे निकला MFU {megatronMfu} है।',
		scrollHint: 'सभी स्तंभ देखने के लिए बग़ल में स्क्रॉल करें।',
	},
	tables: {
		notes:
			'हर तालिका के नीचे की टिप्पणियाँ बताती हैं कि हर आँकड़ा कहाँ पढ़ा गया; * चिह्नित मान अन्य प्रकाशित आँकड़ों से गणना किया गया है, और † चिह्नित मान दस्तावेज़ के बजाय उसकी प्रतिलिपि में पढ़ा गया है।',
	},
};

const ar: MethodsText = {
	sections: {
		formulas: 'الصيغ',
		compute: 'حوسبة التدريب',
		memory: 'ذاكرة التدريب',
		scaling: 'الحجم الأمثل لميزانية الحوسبة',
		peaks: 'ذروة FLOP/s',
		utilisation: 'نسبة الاستخدام والزمن',
		units: 'الوحدات',
		energy: 'الطاقة',
		'reality-check': 'اختبار الواقع',
		accelerators: 'المسرّعات',
		models: 'النماذج',
	},
	formulasIntro:
		'كل تقدير في هذا الموقع يأتي من الصيغ أدناه، وينفّذها محرّك تقدير واحد. ولكل صيغة مصدرها وافتراضاتها ومقدار الخطأ الذي قد تقع فيه.',
	labels: {
		what: 'ما تعطيه',
		source: 'المصدر',
		assumptions: 'الافتراضات',
		error: 'الخطأ المعروف',
	},
	formulas: {
		sixN: {
			title: 'حوسبة التدريب: 6 · N · D',
			what: 'عدد FLOP اللازم لتدريب نموذج ذي N معاملًا على D وحدة نصية: يشارك كل معامل في عملية ضرب وجمع واحدة (2 FLOP) لكل وحدة نصية في التمرير الأمامي، وفي اثنتين في التمرير الخلفي.',
			assumptions:
				'كل وزن يُستعمل مرة لكل وحدة نصية، وجدول المواضع المتعلَّمة مجرد بحث فلا يدخل في N، وخطوة المُحسِّن والتطبيع مهمَلة.',
			error:
				'تُغفل الانتباه. في GPT-3 175B يمثّل {attentionGpt3} من المجموع، وفي نموذج صغير بسياق طويل ({smallModel}) يمثّل {attentionSmall}.',
		},
		attention: {
			title: 'لكل وحدة نصية، مع الانتباه: 6N + 12 · L · H · Q · T',
			what: 'عدد FLOP لكل وحدة نصية الذي يعتمده المحرّك افتراضيًا لحساب MFU وفي الحاسبات: الدرجات QKᵀ واستعمالها A·V يضيفان 12 · L · H · Q · T، حيث L الطبقات وH الرؤوس بعرض Q (H · Q = d) وT طول السياق بالوحدات النصية.',
			assumptions:
				'تُحسب كل درجات المصفوفة T × T كما في حساب PaLM وnanoGPT: من دون تنصيف بسبب القناع السببي.',
			error:
				'مع القناع السببي لا حاجة إلى نصف الدرجات، والنوى التي تتخطاها تنفّذ نحو نصف FLOP الانتباه. فيكون رقم المحرّك أعلى بما يصل إلى نصف حصة الانتباه المذكورة أعلاه.',
		},
		recompute: {
			title: 'FLOP العتاد مع إعادة الحساب',
			what: 'إعادة الحساب الكاملة تعيد التمرير الأمامي لكل كتلة أثناء التمرير الخلفي: + 2 · N_blocks + 4 · L · H · Q · T لكل وحدة نصية (قريبًا من 8N في Megatron-LM). أما الانتقائية فتعيد لبّ الانتباه فقط: + 4 · L · H · Q · T. تُحسب هذه في HFU ولا تُحسب في MFU أبدًا.',
			assumptions: 'لا يُعاد حساب رأس الإخراج ولا التضمينات.',
			error:
				'يحسب Korthikanti et al. مقدار 12 · L · H · Q · T لإعادة الحساب الانتقائية، أما المحرّك فيحسب العمليات المعادة فقط، فيأتي HFU عنده أدنى من عندهم للتدريب نفسه.',
		},
		bytes: {
			title: 'حالة النموذج: 16 أو 18 أو 20 بايت لكل معامل',
			what: 'يحتفظ Adam بالدقة المختلطة بالأوزان (2 بايت) والتدرجات (2) بدقة 16 بت، وبنسخة رئيسية FP32 (4) وعزمين FP32 (8): {bytes16} بايت لكل معامل. والاحتفاظ بالتدرجات بدقة FP32 كما يفعل Megatron يعطي {bytes18}، والاحتفاظ بالاثنين كما في حساب Megatron-Turing NLG يعطي {bytes20}.',
			assumptions:
				'Adam أو AdamW، وAdam ذو 8 بت يخزّن بايتًا واحدًا لكل عزم. ويحتفظ autocast في PyTorch بالأوزان والتدرجات بدقة FP32 وينشئ نسخًا بدقة 16 بت عند الحاجة: والمجموع 16 أيضًا.',
			error:
				'تُضاف المخازن المؤقتة وسياق CUDA وتجزّؤ الذاكرة، ويضيف المحرّك هامشًا ثابتًا لكل جهاز تتجاوزه عمليات التدريب الحقيقية أو تقصر عنه بنحو غيغابايت.',
		},
		activations: {
			title: 'التنشيطات والمخرجات اللوغاريتمية وFlashAttention',
			what: 'ما يحتفظ به التمرير الأمامي للتمرير الخلفي، لكل طبقة، لدفعة صغرى من b تسلسلًا طول كلٍّ منها s وحدة نصية، بعرض h وa رأسًا، بدقة 16 بت مع الإسقاط (Korthikanti et al.). يستبدل FlashAttention درجات s² بقيمة log-sum-exp من 4 بايت لكل رأس وصف، وإعادة الحساب الكاملة لا تحتفظ إلا بمدخل كل كتلة. وتضيف المخرجات اللوغاريتمية (logits) وتدرجها 8 · s · b · V بايت بدقة FP32.',
			assumptions:
				'كتلة GPT-2 (LayerNorm وMLP بـ GELU)، وكتل Llama تحتفظ بموتّرات SwiGLU الأعرض. وتُخزَّن الموتّرات كما يحفظها PyTorch في الوضع الفوري.',
			error:
				'النوى المدمجة والمترجمات تحتفظ بأقل، وقد تقلّ الذروة المقيسة بمقدار الخُمس. ويفترض حدّ المخرجات اللوغاريتمية أن الخسارة لا تُحسب على أجزاء.',
		},
		zero: {
			title: 'التقسيم: ZeRO وFSDP',
			what: 'يقسم ZeRO حالة المُحسِّن (المرحلة 1) ثم التدرجات (المرحلة 2) ثم الأوزان (المرحلة 3) على عدد أجهزة التوازي في البيانات. ويقسم توازي الموتّرات وتوازي خط الأنابيب الأوزان على درجتيهما.',
			assumptions:
				'في المرحلة 3 تُجمع أكبر كتلة كاملةً أثناء استعمالها. ولا يقسم ZeRO التنشيطات أبدًا.',
			error: 'قد تحتفظ مخازن الاتصال والجلب المسبق بكتلة ثانية، والمحرّك يحسب واحدة.',
		},
		chinchilla: {
			title: 'الحجم الأمثل: ملاءمتا Hoffmann وEpoch',
			what: 'خسارة مُلاءَمة L(N, D) = E + A / N^α + B / D^β تُصغَّر بشرط C = 6 · N · D. عند ميزانية Gopher البالغة {budget} تعطي إعادة الملاءمة من Epoch AI (المعتمدة هنا افتراضيًا) {epochN} معاملًا على {epochD} وحدة نصية، وملاءمة Hoffmann et al. نفسها {hoffmannN} على {hoffmannD}، وقاعدة 20 وحدة نصية لكل معامل {rule20N}، أما Chinchilla نفسه ففيه {chinchilla}.',
			assumptions:
				'الخسارة على بيانات MassiveText ومُرمِّز Chinchilla، وثوابت Hoffmann هي غير المقرَّبة التي تعيد إسقاط الورقة نفسها.',
			error:
				'تختلف الملاءمتان بما يقارب الضعف في N عند الميزانية نفسها: لذلك يسمّي كل رقم أمثل في هذا الموقع ملاءمته.',
		},
		peaks: {
			title: 'الذروة الكثيفة، وFP32 من التردد',
			what: 'ذروات FLOP/s كثيفة: أرقام المصنّعين «مع التناثر» مقسومة على اثنين. وFP32 (خارج أنوية الموتّرات) = أنوية CUDA × 2 × تردد التعزيز، وأرقام 16 بت معدّلات أنوية الموتّرات مع تجميع FP32، وتنفّذها بطاقات GeForce بنصف معدّلها مع تجميع FP16.',
			assumptions:
				'يثبت تردد التعزيز تحت الحمل، والرقم الغائب عن ورقة المواصفات يُشتق من شريحة شقيقة بنسبة أنوية الموتّرات × التردد كما يفعل llm.c، ويُعلَّم بأنه محسوب.',
			error:
				'تتباطأ البطاقات تحت الحمل المستمر، وتردد التعزيز المعلن ليس سقفًا أيضًا: فالذروات الحقيقية تختلف ببضعة في المئة.',
		},
		mfu: {
			title: 'MFU وHFU وزمن التدريب',
			what: 'MFU هي عدد FLOP التي ينفّذها النموذج في الثانية مقسومًا على الذروة الكثيفة للأجهزة، وHFU تحسب FLOP المعادة أيضًا. والزمن = الحوسبة ÷ (الأجهزة × الذروة × MFU).',
			assumptions:
				'الذروة هي الرقم الكثيف للدقة المستعملة. يطبع nanoGPT نسبة MFU منسوبة إلى {a100} لبطاقة A100 أيًّا كانت الوحدة: اقسم على ذروة بطاقتك بدلًا من ذلك.',
			error:
				'نسبة MFU فوق 100% تعني أن المدخلات مستحيلة، والمحرّك يرفضها. وتشمل ساعات وحدات المعالجة المنشورة إعادة التشغيل والتقييم ووقت الخمول، فتكون MFU المستنتجة منها أدنى من المقيسة أثناء التدريب المستقر.',
		},
		units: {
			title: 'GB وGiB، وسنوات GPU',
			what: 'تُبنى الذاكرة من شرائح بقوى العدد اثنين: البطاقة «80 GB» تحمل 80 GiB. أما الأقراص والشبكات فتستعمل الغيغابايت العشري. وسنة-GPU هي جهاز واحد طوال سنة يوليانية من {days} يومًا.',
			assumptions:
				'الذاكرة القابلة للاستعمال أقل قليلًا من الرقم المطبوع (ECC، وحجز برنامج التشغيل).',
			error:
				'الخلط بين الغيغابايتين خطأ بنحو {gibExtra}، والسنة ذات 365 يومًا تغيّر سنوات GPU بنسبة {yearDiff}.',
		},
		energy: {
			title: 'الطاقة والكلفة والانبعاثات',
			what: 'الطاقة = القدرة × الأجهزة × الزمن × PUE، والكلفة = الطاقة × سعر الكيلوواط ساعة، والانبعاثات = الطاقة × غرامات CO₂ لكل كيلوواط ساعة في الشبكة.',
			assumptions:
				'قدرة اللوحة بقيمتها الاسمية (TDP أو TGP)، ولا تدخل بقية الحاسوب ومركز البيانات إلا عبر PUE.',
			error:
				'نادرًا ما يسحب التدريب القدرة الاسمية كاملة: فالتقدير حدّ أعلى، يزيد غالبًا بالخُمس أو أكثر.',
		},
	},
	reality: {
		intro:
			'عمليات تدريب حقيقية بجانب ما يقدّره المحرّك لها. يطبّق عمود الحوسبة 6 · N · D على المعاملات المعدودة من الإعدادات (أو المنشورة حين لا يكون النموذج مُدرَجًا) وعلى الوحدات النصية المنشورة، كما تفعل المقالات والحاسبات، ويقسم عمود MFU عدد FLOP النموذج (6N + 12 · L · H · Q · T حين تُعرف البنية) على ساعات وحدات المعالجة المنشورة، أو الأجهزة × الزمن، عند الذروة الكثيفة بدقة 16 بت.',
		caption: 'الأرقام المنشورة مقابل تقديرات المحرّك',
		run: 'التدريب',
		hardware: 'وقت العتاد',
		sixND: '6 · N · D',
		published: 'الحوسبة المنشورة',
		difference: 'الفرق',
		impliedMfu: 'MFU المستنتجة',
		publishedMfu: 'MFU المنشورة',
		projection: 'تقدير استقرائي',
		gpuHours: 'ساعة GPU',
		none: '—',
		notes:
			'كيف تقرؤه: يقع 6 · N · D ضمن جزء من الواحد في المئة من المجموعين المنشورين لـ GPT-3 وLlama 3.1 لأنهما حُسبا بالطريقة نفسها، أما ميزانية Gopher فتأتي من حساب أكثر تفصيلًا. ونسب MFU المستنتجة من بطاقات النماذج أدنى من المقيسة لأن ساعات وحدات المعالجة تشمل إعادة التشغيل والتقييم ووقت الخمول. ويذكر التقدير الاستقرائي لـ Megatron-LM مقدار {megatronPerDevice} لكل وحدة مع احتساب إعادة الحساب: فنسبته {megatronShare} من الذروة هي HFU، وMFU المستنتجة منه {megatronMfu}.',
		scrollHint: 'مرّر أفقيًا لرؤية كل الأعمدة.',
	},
	tables: {
		notes:
			'تذكر الملاحظات تحت كل جدول أين قُرئ كل رقم، والقيمة المعلّمة بـ * محسوبة من أرقام منشورة أخرى، والمعلّمة بـ † قُرئت في نسخة منقولة عن الوثيقة لا في الوثيقة نفسها.',
	},
};

export const methodsText = defineStrings(en, { fr, hi, ar });
