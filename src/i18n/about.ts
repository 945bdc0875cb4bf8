/**
 * Text of the about page (/<lang>/about/). Links are filled in by the page: {methods} → the
 * methods page, {repository} → the repository, {issues} → its issue tracker, {license} → the
 * LICENSE file.
 */
import { defineStrings } from './index.ts';

export const aboutStrings = defineStrings(
	{
		title: 'About this site',
		description:
			'What Can I Train It? is and is not, how its figures are made, who maintains it, its licence, and how to report a wrong figure.',
		whatHeading: 'What this site is',
		what: 'Can I Train It? explains, with arithmetic you can check, what it takes to train a language model: the compute, memory, time and electricity, for real models and for your own GPU.',
		whatNot:
			'It is not a leaderboard, a price quote or purchasing advice. Its figures are estimates built from published papers and datasheets, with their assumptions stated; a real training run also depends on software, networking and luck that no formula captures.',
		howHeading: 'How the numbers are made',
		how: 'Every figure on every page, in all four languages, is computed when the site is built by one estimation core, the same code the calculators run in your browser. Its inputs (accelerator peak rates, model configurations, published training runs) each carry the document they come from. The {methods} page lists them all.',
		methodsLink: 'Methods and data',
		whoHeading: 'Who maintains it',
		who: 'The site is written and maintained in the open by its contributors. Its source code, data and article text are in a public {repository}; anyone can read how a figure is computed, or propose a change.',
		repositoryLink: 'repository',
		licenseHeading: 'Licence',
		license:
			'The code is under the MIT licence, and the article text under Creative Commons Attribution 4.0 (CC BY 4.0): you may reuse and adapt it if you credit the site. The full terms are in the {license} file.',
		licenseLink: 'LICENSE',
		reportHeading: 'Report a wrong figure',
		report:
			'If a figure looks wrong, {issues} with the page address, the figure, and the source that disagrees. Every correction goes into the data or the core, so it reaches every page and language at once.',
		issuesLink: 'open an issue in the repository',
	},
	{
		fr: {
			title: 'À propos du site',
			description:
				'Ce qu’est Can I Train It? et ce qu’il n’est pas, comment ses chiffres sont obtenus, qui le maintient, sa licence, et comment signaler un chiffre faux.',
			whatHeading: 'Ce qu’est ce site',
			what: 'Can I Train It? explique, par une arithmétique vérifiable, ce qu’il faut pour entraîner un modèle de langage : le calcul, la mémoire, le temps et l’électricité, pour des modèles réels comme pour votre propre GPU.',
			whatNot:
				'Ce n’est ni un classement, ni un devis, ni un conseil d’achat. Ses chiffres sont des estimations tirées d’articles scientifiques et de fiches techniques publiés, hypothèses comprises ; un entraînement réel dépend aussi du logiciel, du réseau et d’aléas qu’aucune formule ne capture.',
			howHeading: 'D’où viennent les chiffres',
			how: 'Chaque chiffre de chaque page, dans les quatre langues, est calculé à la construction du site par un seul moteur d’estimation, le même code que celui des calculateurs dans votre navigateur. Chacune de ses données (débits crête des accélérateurs, configurations des modèles, entraînements publiés) porte le document dont elle provient. La page {methods} les recense toutes.',
			methodsLink: 'Méthodes et données',
			whoHeading: 'Qui le maintient',
			who: 'Le site est écrit et maintenu ouvertement par ses contributeurs. Son code, ses données et le texte des articles se trouvent dans un {repository} public : chacun peut y lire comment un chiffre est calculé, ou proposer une modification.',
			repositoryLink: 'dépôt',
			licenseHeading: 'Licence',
			license:
				'Le code est sous licence MIT, et le texte des articles sous licence Creative Commons Attribution 4.0 (CC BY 4.0) : vous pouvez le réutiliser et l’adapter en citant le site. Les conditions complètes figurent dans le fichier {license}.',
			licenseLink: 'LICENSE',
			reportHeading: 'Signaler un chiffre faux',
			report:
				'Si un chiffre vous semble faux, {issues} en indiquant l’adresse de la page, le chiffre et la source qui le contredit. Toute correction est faite dans les données ou le moteur, et atteint donc d’un coup toutes les pages et toutes les langues.',
			issuesLink: 'ouvrez un ticket dans le dépôt',
		},
		hi: {
			title: 'इस साइट के बारे में',
			description:
				'Can I Train It? क्या है और क्या नहीं, इसके आँकड़े कैसे बनते हैं, इसे कौन चलाता है, इसका लाइसेंस, और किसी गलत आँकड़े की सूचना कैसे दें।',
			whatHeading: 'यह साइट क्या है',
			what: 'Can I Train It? ऐसे हिसाब से, जिसे आप खुद जाँच सकते हैं, समझाती है कि किसी भाषा मॉडल को प्रशिक्षित करने में क्या लगता है: गणना, मेमोरी, समय और बिजली — असली मॉडलों के लिए भी और आपके अपने GPU के लिए भी।',
			whatNot:
				'यह कोई लीडरबोर्ड, कीमत का अनुमान-पत्र या खरीदारी की सलाह नहीं है। इसके आँकड़े प्रकाशित शोध-पत्रों और डेटाशीट से बने अनुमान हैं, जिनकी मान्यताएँ साथ में लिखी हैं; असली प्रशिक्षण सॉफ़्टवेयर, नेटवर्क और संयोग पर भी निर्भर करता है, जिन्हें कोई सूत्र नहीं पकड़ता।',
			howHeading: 'आँकड़े कैसे बनते हैं',
			how: 'हर पृष्ठ का हर आँकड़ा, चारों भाषाओं में, साइट बनते समय एक ही अनुमान-इंजन से गणना किया जाता है — वही कोड जो कैलकुलेटर आपके ब्राउज़र में चलाते हैं। उसके हर इनपुट (एक्सेलेरेटर की शिखर दरें, मॉडल कॉन्फ़िगरेशन, प्रकाशित प्रशिक्षण रन) के साथ उसका स्रोत-दस्तावेज़ जुड़ा है। {methods} पृष्ठ पर ये सब सूचीबद्ध हैं।',
			methodsLink: 'विधियाँ और डेटा',
			whoHeading: 'इसे कौन चलाता है',
			who: 'यह साइट इसके योगदानकर्ता खुले तौर पर लिखते और सँभालते हैं। इसका सोर्स कोड, डेटा और लेखों का पाठ एक सार्वजनिक {repository} में है; कोई भी पढ़ सकता है कि कोई आँकड़ा कैसे निकाला गया, या बदलाव सुझा सकता है।',
			repositoryLink: 'रिपॉज़िटरी',
			licenseHeading: 'लाइसेंस',
			license:
				'कोड MIT लाइसेंस के अंतर्गत है, और लेखों का पाठ Creative Commons Attribution 4.0 (CC BY 4.0) के अंतर्गत: साइट का श्रेय देकर आप इसे दोबारा इस्तेमाल कर सकते हैं और बदल सकते हैं। पूरी शर्तें {license} फ़ाइल में हैं।',
			licenseLink: 'LICENSE',
			reportHeading: 'गलत आँकड़े की सूचना दें',
			report:
				'अगर कोई आँकड़ा गलत लगे, तो पृष्ठ का पता, वह आँकड़ा और उससे असहमत स्रोत लिखकर {issues}। हर सुधार डेटा या इंजन में होता है, इसलिए वह एक साथ हर पृष्ठ और हर भाषा तक पहुँचता है।',
			issuesLink: 'रिपॉज़िटरी में एक इश्यू खोलें',
		},
		ar: {
			title: 'عن هذا الموقع',
			description:
				'ما هو موقع Can I Train It? وما ليس هو، وكيف تُحسب أرقامه، ومن يشرف عليه، وترخيصه، وكيف تبلّغ عن رقم خاطئ.',
			whatHeading: 'ما هذا الموقع',
			what: 'يشرح Can I Train It?، بحساب يمكنك التحقق منه، ما يتطلبه تدريب نموذج لغوي: الحوسبة والذاكرة والوقت والكهرباء، للنماذج الحقيقية ولبطاقتك الرسومية أيضًا.',
			whatNot:
				'ليس الموقع لوحة ترتيب ولا عرض أسعار ولا نصيحة شراء. أرقامه تقديرات مبنية على أوراق بحثية وأوراق مواصفات منشورة، مع ذكر افتراضاتها؛ فالتدريب الفعلي يتوقف أيضًا على البرمجيات والشبكة والمصادفة، وهي أمور لا تحيط بها معادلة.',
			howHeading: 'كيف تُحسب الأرقام',
			how: 'كل رقم في كل صفحة، باللغات الأربع، يُحسب عند بناء الموقع بمحرك تقدير واحد، وهو الشيفرة نفسها التي تشغّلها الحاسبات في متصفحك. ولكل مُدخل من مدخلاته (ذروات المسرّعات، وإعدادات النماذج، وعمليات التدريب المنشورة) الوثيقة التي أُخذ منها، وصفحة {methods} تسردها كلها.',
			methodsLink: 'المنهجية والبيانات',
			whoHeading: 'من يشرف عليه',
			who: 'يكتب المساهمون هذا الموقع ويشرفون عليه علنًا. شيفرته المصدرية وبياناته ونصوص مقالاته موجودة في {repository} عام؛ يستطيع أي شخص أن يقرأ كيف يُحسب رقم ما، أو أن يقترح تعديلًا.',
			repositoryLink: 'مستودع',
			licenseHeading: 'الترخيص',
			license:
				'الشيفرة مرخّصة بترخيص MIT، ونصوص المقالات بترخيص المشاع الإبداعي، نَسب المُصنَّف 4.0 (CC BY 4.0): يمكنك إعادة استخدامها وتعديلها مع نسبتها إلى الموقع. الشروط الكاملة في ملف {license}.',
			licenseLink: 'LICENSE',
			reportHeading: 'الإبلاغ عن رقم خاطئ',
			report:
				'إذا بدا لك رقم خاطئًا، {issues} واذكر عنوان الصفحة والرقم والمصدر الذي يخالفه. كل تصحيح يُجرى في البيانات أو في المحرك، فيصل إلى كل الصفحات وكل اللغات دفعة واحدة.',
			issuesLink: 'افتح بلاغًا في المستودع',
		},
	},
);
