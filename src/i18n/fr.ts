import type { UiStrings } from './en.ts';

export const fr = {
	siteName: 'Can I Train It?',
	tagline: 'Que faut-il pour entraîner un modèle de langage, et mon GPU en est-il capable ?',
	homeDescription:
		'Des explications et des calculateurs sur le calcul, la mémoire, le temps et l’électricité nécessaires pour entraîner un modèle de langage, et un banc d’essai qui mesure votre propre GPU.',
	skipToContent: 'Aller au contenu',
	nav: {
		label: 'Navigation principale',
		articles: 'Articles',
		benchmark: 'Banc d’essai GPU',
		home: 'Accueil',
		methods: 'Méthodes',
		calculators: 'Calculateurs',
		glossary: 'Glossaire',
		about: 'À propos',
		menu: 'Menu',
	},
	language: { label: 'Langue', current: 'Langue actuelle' },
	theme: {
		toggle: 'Changer de thème de couleurs',
		light: 'Clair',
		dark: 'Sombre',
		system: 'Système',
	},
	search: {
		open: 'Rechercher',
		shortcut: 'Ctrl+K ou / pour rechercher',
		label: 'Rechercher dans le site',
		placeholder: 'Rechercher un article…',
		close: 'Fermer',
		loading: 'Chargement de la recherche…',
		noResults: 'Aucun résultat pour',
		results: 'Résultats',
		unavailable: 'La recherche ne fonctionne que sur le site construit (npm start).',
	},
	home: {
		heading: 'Mon GPU pourrait-il l’entraîner ?',
		lead: 'Entraîner un modèle de langage, c’est de l’arithmétique vérifiable : des opérations en virgule flottante, des octets de mémoire, des secondes de GPU et des kilowattheures. Ces pages déroulent ce calcul avec des chiffres tirés d’articles scientifiques et de fiches techniques, et les calculateurs vous laissent modifier chaque donnée.',
		articlesHeading: 'Articles',
		benchmarkHeading: 'Mesurer votre GPU',
		benchmarkText:
			'Un micro-banc d’essai WebGPU tourne dans votre navigateur, vérifie ses propres résultats et transmet le débit mesuré aux calculateurs.',
		benchmarkLink: 'Ouvrir le banc d’essai',
	},
	article: {
		toc: 'Sur cette page',
		sources: 'Sources',
		updated: 'Dernière mise à jour\u00a0:',
		previous: 'Précédent',
		next: 'Suivant',
		notTranslated: 'Cet article n’est pas encore traduit en français ; il est affiché en anglais.',
	},
	benchmark: {
		title: 'Banc d’essai GPU',
		description:
			'Mesurez dans le navigateur le débit de multiplication de matrices et la bande passante mémoire de votre GPU.',
		placeholder:
			'Le banc d’essai WebGPU est en construction. Il mesurera les TFLOP/s de multiplication de matrices et la bande passante mémoire de votre GPU, vérifiera ses résultats et les transmettra aux calculateurs.',
	},
	calc: {
		flopsTitle: 'Calculateur du calcul d’entraînement',
		params: 'Paramètres (N)',
		tokens: 'Jetons d’entraînement (D)',
		hint: 'par ex. 124 M ; 1,5 Md ; 3e11',
		result: 'Calcul d’entraînement, C = 6·N·D',
		notANumber: 'Saisissez un nombre comme 1,5 ; 124 M ou 3e11.',
		notPositive: 'Saisissez un nombre supérieur à zéro.',
		tooLarge: 'Cette valeur est trop grande pour être calculée.',
		linkNote: 'Une valeur du lien de cette page est illisible ; la valeur par défaut est affichée.',
	},
	methods: {
		title: 'Méthodes et données',
		description:
			'Chaque formule derrière les estimations du site, avec sa source et son erreur connue, une confrontation à de vrais entraînements, et les accélérateurs et modèles des calculateurs.',
		intro:
			'Comment chaque estimation de ce site est obtenue : les formules, avec leurs sources, leurs hypothèses et leurs erreurs connues ; une confrontation à des entraînements publiés ; les accélérateurs et les modèles qu’utilisent les calculateurs. Les pics en FLOP/s sont denses et indiqués par précision ; les chiffres 16 bits sont des débits de cœurs tensoriels avec accumulation FP32. Une valeur marquée * est calculée à partir d’autres chiffres publiés, une valeur marquée † a été lue dans une reproduction du document plutôt que dans le document lui-même.',
		gpusHeading: 'Accélérateurs',
		modelsHeading: 'Modèles',
		name: 'Nom',
		fp32: 'FP32',
		bf16: 'Cœurs tensoriels BF16/FP16',
		memory: 'Mémoire',
		bandwidth: 'Bande passante',
		power: 'Puissance',
		source: 'Source',
		params: 'Paramètres (publiés)',
		counted: 'Paramètres (comptés)',
		layers: 'Couches',
		width: 'Largeur',
		contents: 'Sur cette page',
		sourcesHeading: 'Sources et notes',
		note: 'Détails',
		none: 'n.d.',
		approx:
			'‡ Compté à partir de la configuration publiée, ce total s’écarte de plus de 3 % du chiffre publié : la configuration ne décrit pas tout le modèle (la note de la source dit ce qui manque).',
	},
	notFound: {
		title: 'Page introuvable',
		text: 'Aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute.',
		home: 'Aller à l’accueil',
	},
	footer: {
		note: 'Chaque chiffre de ce site est calculé à la construction par un seul moteur d’estimation, avec une source pour chaque donnée.',
		source:
			'Sauf mention contraire, les FLOP/s sont des pics denses ; 1\u00a0FLOP = une opération en virgule flottante.',
		links: 'À propos du site',
		repository: 'Code source',
		license: 'Licence',
	},
} satisfies UiStrings;
