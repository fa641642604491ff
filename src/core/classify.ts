/**
 * What kind of comment is waiting for a reply: a question to answer, praise to thank for, feedback to
 * invite more of, a concern to acknowledge, or something else. Reply suggestions pick their intents
 * from it.
 *
 * It runs locally on every awaiting item, so it is rules and word lists, not a model: instant, offline,
 * and explainable, because the user sees the cues that decided it. Lexicons are regex alternations
 * over folded text (lower case, no accents, no apostrophes: "don't" is `dont`, "c'est" is `cest`),
 * one entry per language; every language runs on every comment, since comments mix them and
 * guessing the language first would cost more than it saves.
 */
import { fold } from './search';

import { COMMENT_KINDS, type CommentKind } from './comment-kinds';

export { COMMENT_KINDS, type CommentKind };
/** In order of precedence: on a tie, a question beats a concern, which beats praise. */

export interface CommentClass {
  kind: CommentKind;
  /** Share of the winning score in all scores, 0..1. */
  confidence: number;
  /** Short words for the UI saying what was noticed, the winning kind's first. */
  cues: string[];
}

type Family =
  | 'opener' | 'ask' | 'praise' | 'thanks' | 'suggest' | 'imperative' | 'blocked' | 'problem' | 'critic'
  | 'sarcasm' | 'rhetorical' | 'greet' | 'laugh' | 'tag' | 'spam' | 'chatter' | 'negator' | 'contrast';
type Lexicon = Partial<Record<Family, string>>;

/** Per language. `opener` and `imperative` count only at the start of a sentence. */
const LEXICON: Record<string, Lexicon> = {
  en: {
    opener: 'what|whats|whatd|how|hows|howd|why|whyd|where|wheres|whered|when|whens|which|who|whos|whose|is (?:there|this|that|it|the|your|a)|are (?:there|you|u|these|those|they)|do (?:you|u|i|they|we)|does|did (?:you|u|anyone|the|they|it|he|she|that|this|we|i)|do (?:the|these|those)|can (?:i|you|u|we|someone|anyone)|could (?:i|you|u|someone)|would (?:you|u|it)|will (?:there|you|it|the|this)|should i|has (?:anyone|this)|am i|was (?:it|this)|were (?:you|they)',
    ask: 'any (?:tips|advice|recs|recommendations|ideas?|suggestions|resources)|(?:does )?any(?:one|body) know|(?:can )?someone explain|wondering|i wonder|curious (?:what|how|if|whether|to (?:hear|know)|about)|id be curious|(?:would|id) love to know|mind sharing|care to share|open to sharing|(?:could|can) (?:you|u) share|quick (?:q|question)|(?:genuine|honest|noob|dumb|stupid) question|genuinely asking|eli5|thoughts on|asking for a friend|what did i do wrong|am i (?:doing something wrong|missing something)|is there a way|any way to|how (?:do|can|would|should) i|where (?:can|do|did) (?:i|you)|let me know (?:if|what|how|where)|do you know|any chance|(?:i )?(?:need|have|dying|want) to know|tell me (?:you|where|what|how|which)|(?:could|can) (?:you|u|someone) (?:tell|explain|point|recommend|help)|help me (?:understand|out|with)|is it (?:worth|possible|normal|safe)|what(?:s| is) (?:the|your) (?:name|link|source)',
    praise: 'love|loved|loving|luv|amazing|awesome|incredible|beautiful|beautifully|gorgeous|stunning|lovely|wonderful|fantastic|brilliant|excellent|outstanding|superb|great|nice|cool|impressive|perfect|perfection|best|goat|legend(?:ary)?|fire|obsessed|masterpiece|next level|well done|well deserved|(?:so )?deserved|deserves|congrats|congratulations|kudos|bravo|proud|inspiring|inspirational|helpful|useful|underrated|goes hard|slaps|banger|immaculate|no notes|gem|chefs kiss|top notch|solid|exactly what i needed|made my (?:whole )?day|saved my|life ?saver|keep it up|subscribed|bookmarked|10/10|w (?:thread|take|post|video|comment)|resonated|resonates|hits different|cant stop (?:listening|watching|looking|reading)|you never miss|wow|mind ?blown|blown away|adorable|epic|genius|so good|nailed it|spot on|thoughtful|graceful|elegant|wholesome|satisfying|calming|masterclass|top tier|iconic|elite|forever grateful|cant wait|clearly|clarity|enjoyed|enjoying|unreal|well said|(?:couldnt|could not) agree more|so true|this is (?:gold|art)|facts|attention to detail|love how|what a (?:resource|find|gem|read|talent)|superb|a must|must (?:read|watch)|phenomenal|remarkable|terrific|fabulous|magical|delightful|refreshing|insightful|valuable|well written|well put|beautifully (?:written|done|put)|such a (?:good|great|fun)|cute|hilarious|the best',
    thanks: 'thank you|thanks|thx|ty|tysm|thank u|cheers|appreciate|appreciated|grateful',
    suggest: '(?:would|itd|it would) be (?:so |really |super |very )?(?:cool|nice|great|awesome|amazing|wonderful|helpful|useful|good|neat|epic|interesting|valuable)|(?:would|id) (?:love|like) (?:a|an|to see|more|some)|love to see|(?:would|itd) (?:help|make (?:this|it)|save|work (?:way |much )?better)|(?:you|u|you guys) (?:should|could (?:also|try|add|make))|should (?:add|make|consider|include)|might (?:want to|be worth|be (?:nice|good|cool|helpful|useful|better))|worth adding|have you (?:considered|thought (?:about|of))|(?:please |pls )?consider|suggestion|(?:i|id) suggest|my two cents|idea(?::| for)|feature request|(?:please|pls|plz) (?:add|make|do|include)|(?:can|could) (?:you|u) (?:do|make|add|try|cover|consider)|would (?:you|u) consider|next time|maybe (?:a|an|add|try|next|some)|how about|what about (?:a|an|adding)|why not|needs (?:a|an|more)|if you (?:add|added|made)|(?:i|id) (?:tune in|watch|buy|pay for)|would (?:watch|buy)|i wish (?:there was|it had|you)|(?:would|itd|it would) be (?:so |really |super |very )?(?:handy|fun|ideal|better)|would add (?:a lot|value)|would make (?:it|this) (?:easier|better|clearer)|(?:you|u) (?:need|have|ought) to (?:turn|make|add|do|try|write|put|release|start)|recommend (?:putting|adding|using|making|including)|could use (?:some|a|an|more|better)|if you ever (?:do|make)|i think (?:a|an|adding|it would)|next (?:one|video|episode|post) (?:should|could|on|about)|should (?:be about|cover|do|try)|bring (?:back|it back)|would pay|id pay|request:|wishlist|would be (?:even )?better (?:if|with)|would kill for|even better (?:with|if)|(?:you|u) could(?! not| never| be| share| tell| send| explain| help| point)|suggest (?:adding|using|making|putting|including)|should be an? (?:podcast|book|series|course|app|video|class|movie|show|newsletter|thing)|(?:could|would) improve|one thing (?:that )?(?:could|would|might)|more [a-z ]{1,30} (?:please|pls|plz)',
    imperative: 'add|make|do (?:a|an|one|more|another|some)|try|include|drop|turn|put|pin|open source|bring|show us|maybe|perhaps|split|cut|shorten|slow down|speed up|post|share|film|record|write',
    blocked: '(?:wont|cant|cannot|couldnt|doesnt|didnt|isnt|arent|wasnt|havent|hasnt|unable to|nobody|no one) [a-z]+',
    problem: 'broke|broken|breaks|bugs?|buggy|crash|crashes|crashing|crashed|errors?|not working|(?:does|do|did)(?:nt| not) (?:work|load|arrive|exist)|stopped working|wont (?:load|open|work|start)|cant (?:read|hear|see|log ?in|open|access)|couldnt (?:hear|see|read)|dead link|link is dead|is down|down for me|out of sync|(?:way )?too (?:quiet|loud|small|big|dark)|(?:too|so|really|very|super|painfully) slow|slow to load|leaks?|freezes|laggy|glitch(?:y|es)?|logged me out|keeps (?:crashing|freezing|logging)|still nothing|no reply|never arrived|damaged|outdated|out of date|unusable|unreadable|inaccessible|fail(?:s|ed|ing)|issues?|problems?|mistakes?|(?:is|are|totally|way) off|rip my|not found|[45]0[0-9]s?(?: error)?|not how|step (?:back|backwards)|downgrade|fell apart|falling apart|drains?|peaking|distorted|clipping|cuts out|cutting out|stutter(?:s|ing)?|blurry|pixelated|(?:low|poor) quality|skips? a step|incomplete|unsubscribe|(?:cancell?ed|overcharged)|waiting (?:on|for) (?:my|a|the)|refund|charged (?:twice|me)|went through twice|(?:isnt|not|never|stopped) (?:answering|responding|replying)|no (?:response|answer)|final straw|last straw|drowns? out|hard to (?:follow|read|hear|see|use|understand)|(?:so |really )?confusing|slow|lost (?:my|all)|deleted my|keeps (?:asking|failing|showing)|missing|spam|paywall|useless|pointless|doesnt make sense|makes no sense',
    critic: 'disagree|dont agree|not sure (?:this|that|about|its|if)|misleading|inaccura(?:te|cy|cies)|wrong|false|not true|untrue|clickbait|disappoint(?:ed|ing|ment)|worried|worrying|concerned|concerning|terrible|awful|horrible|bad|badly|worse|worst|hate|dislike|not a fan|meh|boring|unfair|harmful|toxic|tone.?deaf|like an ad|scam|overpriced|waste of|biased|problematic|retracted|repost|lazy|rushed|sloppy|cringe|ugh|yikes|downvoted|(?:didnt|dont) (?:even )?credit|respectfully|unfortunately|sadly|wish i could|yeah no|expected more|unbearable|annoying|misgender(?:s|ed|ing)?|why would anyone|uneasy|uncomfortable|skeptical|sceptical|doubt(?:ful)?|frustrat(?:ed|ing)|ridiculous|garbage|trash|embarrassing|shame|ruined|greedy|cash grab|never again|rough|dangerous|irresponsible|not ok(?:ay)?|unacceptable|disgusting|nightmare|misrepresent(?:s|ed|ing)?|gatekeep(?:ing|er)?|exaggerat(?:ed|ion|ing)|leaving (?:the|this) (?:platform|app|site)|messy|ugly|fake|lies|lying|propaganda|insulting|offensive|condescending|patroni[sz]ing|poorly|not the (?:hot take|flex|win)|a mess',
    sarcasm: 'oh great|great,? another|wow,? another|just what (?:everyone|we|i|the world) (?:wanted|needed)|love that for me|sure,? just|yeah right|thanks (?:a lot|for nothing)|what could (?:possibly )?go wrong|/s',
    rhetorical: 'is it just me|who else|any(?:one|body) else|whos here|who is here|who here|whos watching|who (?:is )?watching|who came|why would anyone|what could (?:possibly )?go wrong',
    greet: 'good (?:morning|night|evening|afternoon)|gm|gn|hello|hi|hey|happy (?:friday|monday|weekend|new year|holidays)|morning all|new here|greetings from|hello from',
    laugh: 'lol+|lmf?ao+|rofl|(?:ha){2,}|hehe|xd',
    tag: 'cc|tagging|look at this|check this(?: out)?|this is (?:us|you|me)',
    spam: 'check out my|link in bio|crypto|signals|giveaway|win an?|dm me|follow me|sub4sub|promo code|earn \\$|per day from home|click (?:here|the link)',
    chatter: 'first(?=\\s*!*\\s*$)|following|boosting|reposting|saving this|agreed|same|edit:|deleted|removed|me at|pov:|day [0-9]+ of|username checks out|came for|reminds me|same energy|today years old|for the algorithm|so i can find|me pretending|mood|relatable|wish me luck',
    negator: 'not|no|never|nothing|isnt|wasnt|arent|dont|doesnt|didnt|cant|wont|hardly|without',
    contrast: 'but|though|however|although',
  },
  es: {
    opener: 'que|como|cuando|donde|cual(?:es)?|quien(?:es)?|cuant[oa]s?|por que|hay|tienes|puedes|se puede',
    ask: 'alguien sabe|me (?:pueden|puedes) decir|alguna recomendacion|algun (?:consejo|tip)|me gustaria saber|quisiera saber|tengo una duda|una pregunta',
    praise: 'me encant[ao]|encanta|genial|increible|hermos[oa]|precios[oa]|buenisim[oa]|excelente|buen (?:video|trabajo|hilo|post|contenido)|gran (?:trabajo|video)|que (?:maravilla|belleza|lindo|linda|bonito|bonita|orgullo)|maravilla|hermosura|bonit[oa]|lind[oa]|orgullo|felicidades|felicitaciones|enhorabuena|maravillos[oa]|espectacular|crack|me gusto|me gusta|perfect[oa]|merecido|muy bien',
    thanks: 'gracias',
    suggest: '(?:estaria|seria) (?:genial|bien|buen[oa]|padre|chido|increible|util|interesante)|deberias|deberian|podrias (?:hacer|subir|agregar|anadir)|te recomiendo|sugerencia|sugiero|porfa|por favor|ojala|me gustaria ver',
    imperative: 'haz|sube|agrega|anade|pon',
    blocked: 'no (?:me )?(?:deja|puedo|llega|responde|contestan?)|nadie (?:responde|contesta)',
    problem: 'no (?:funciona|sirve|carga|anda|se escucha|se ve|se oye|llego)|incomplet[oa]|exagerad[oa]|se corta|error|falla|fallo|se cierra|se traba|rot[oa]|caido|muy bajo|desactualizado|problema',
    critic: 'no es (?:cierto|verdad)|falso|mentira|mal|malo|mala|pesim[oa]|horrible|decepcion(?:ado|ante)?|me preocupa|preocupante|preocupad[oa]|no estoy de acuerdo|desacuerdo|enganoso|lamentablemente|por desgracia|que pena|una pena|basura|estafa|se cierra sola|no me convence|decepcion',
    greet: 'buen(?:os|as) (?:dias|tardes|noches)|hola|saludos|feliz (?:viernes|lunes|dia)',
    rhetorical: 'quien mas|alguien mas|quien (?:viene|vino)',
    laugh: 'ja(?:ja)+|je(?:je)+',
    tag: 'mira esto|miren esto',
    negator: 'no|nunca|ni',
    contrast: 'pero|aunque|sin embargo',
  },
  de: {
    opener: 'was|wie|warum|wieso|weshalb|wo|woher|wann|welche[rsnm]?|wer|wieviel|gibt es|gibts|kannst du|konnt ihr|kann man|hast du|habt ihr|hat jemand|ist das|ist es|bist du|funktioniert|geht das',
    ask: 'wei(?:ß|ss) jemand|kann mir jemand|irgendwelche tipps|kannst du mir sagen|ich frage mich|kurze frage|wurde mich interessieren',
    praise: 'mega|super|toll|klasse|stark|genial|wunderschon|sehr schon|wunderbar|fantastisch|gro(?:ß|ss)artig|hervorragend|ausgezeichnet|perfekt|gefallt mir|ich liebe|geil|richtig gut|sehr gut|gut gemacht|gluckwunsch|gratuliere|gratulation|respekt|beeindruckend|hilfreich|inspirierend|tolle[snm]?|geniale[snm]?|starke[snm]?|einfach nur|spitze|wahnsinn|traumhaft',
    thanks: 'danke|vielen dank|dankeschon',
    suggest: 'ware (?:cool|schon|toll|super|gut|klasse|nett|hilfreich|praktisch)|(?:du solltest|ihr solltet|solltest du)|vorschlag|ich schlage vor|konntest du|du konntest|bitte (?:mehr|mach|macht|fug|bringt)|mach doch|macht doch|wie ware es|warum nicht|wurde mir .{0,20}wunschen|vielleicht (?:ein|eine|mal)',
    blocked: 'kann (?:ich )?nicht|nicht mehr|niemand (?:antwortet|reagiert)',
    problem: '(?:funktioniert|geht|klappt|ladt) nicht|ins leere|sturzt .{0,20}ab|absturz|fehler(?:meldung)?|kaputt|defekt|probleme?|verzerrt|zu (?:leise|laut|klein)|veraltet|ausgefallen',
    critic: 'stimmt (?:so )?nicht|falsch|schlecht|schade|leider|enttauscht|enttauschend|argerlich|nervig|kritisch|bedenklich|sorgen?|ignoriert|irrefuhrend|unsinn|quatsch|nicht einverstanden|enttauschend|ziemlich (?:schwach|mau)|zu teuer|abzocke',
    greet: 'guten (?:morgen|abend|tag)|gute nacht|moin|servus|hallo|gru(?:ß|ss)e aus',
    tag: '(?:guck|schau|kuck) mal',
    negator: 'nicht|kein|keine|keinen|nie|niemals|nichts',
    contrast: 'aber|jedoch|allerdings|trotzdem',
  },
  fr: {
    opener: 'quel(?:le)?s?|comment|pourquoi|ou|quand|qui|combien|est-ce|as-tu|peux-tu|sais-tu|avez-vous|pouvez-vous|savez-vous|y a-t-il',
    ask: 'quelquun (?:sait|a)|des conseils|(?:petite |une )question|je me demande|(?:tu peux|vous pouvez) me dire|je voudrais savoir',
    praise: 'super|genial|magnifique|bravo|felicitations|trop (?:beau|bien|bon|cool|fort|style)|superbe|excellente?|parfait|incroyable|remarquable|jadore|adore|chapeau|merveilleux|splendide|tres (?:bien|bon|beau)|bien joue|sublime|belle[s]?|beaux|genialissime|incroyable',
    thanks: 'merci|remerci[a-z]*',
    suggest: '(?:ce|ca) serait (?:top|bien|genial|cool|super|sympa|interessant|utile)|tu devrais|vous devriez|il faudrait|il faut (?:ajouter|mettre)|suggestion|je suggere|je propose|tu pourrais|vous pourriez|pourrais-tu|pourriez-vous|jaimerais (?:voir|bien)|pourquoi pas|et si tu',
    imperative: 'ajoutez|ajoute|mettez|fais|faites',
    blocked: 'personne ne|(?:je )?ne peux pas|impossible de',
    problem: '(?:ne )?(?:marche|fonctionne|charge) pas|exagere[e]?|trop cher|arnaque|nimporte quoi|beug|plante|erreur|en panne|casse|nentend rien|on nentend|on ne voit|probleme|lien mort|(?:ne )?(?:marche|fonctionne|charge) plus',
    critic: 'pas daccord|faux|mauvaise?|nulle?|decue?|decevante?|dommage|malheureusement|inquiete?|inquietant|je minquiete|partielle?|trompeuse?|catastrophique|bof|mediocre',
    greet: 'bonjour|bonsoir|bonne (?:soiree|journee|nuit|semaine)|salut|coucou',
    laugh: 'mdr|ptdr',
    tag: 'regarde(?:z)? (?:ca|ici)',
    chatter: 'qui est la|je partage|premier',
    rhetorical: 'qui (?:regarde|est la)',
    negator: 'pas|ne|jamais|rien|sans',
    contrast: 'mais|cependant|pourtant|par contre|neanmoins',
  },
  pt: {
    opener: 'qual|quais|como|onde|quando|quem|quant[oa]s?|por que|o que|voce (?:sabe|tem|usa|pode)|tem como|e possivel',
    ask: 'alguem (?:sabe|tem)|alguma dica|gostaria de saber|queria saber|(?:uma )?duvida',
    praise: 'incrivel|lind[oa]|maravilhos[oa]|perfeit[oa]|excelente|muito (?:bom|boa)|otim[oa]|amei|adorei|curti|sensacional|genial|parabens|merecido|brabo|mandou bem|bom demais|gostei|espetacular|fantastico|bacana|que orgulho|orgulho|sucesso|maravilha|lindos|lindas',
    thanks: 'obrigad[oa]|valeu|agradeco',
    suggest: 'seria (?:legal|bom|otimo|interessante|incrivel|top|bacana|util|massa)|(?:voce|voces) deveria[m]?|sugestao|sugiro|por favor|pfv|poderia (?:fazer|colocar|adicionar)|podia (?:fazer|colocar)|que tal',
    imperative: 'faz|faca|coloca|adiciona',
    blocked: 'ninguem (?:responde|atende)|nao consigo|nao recebi',
    problem: 'nao (?:funciona|funcionou|abre|carrega|chegou|da pra (?:ouvir|ver))|cortando|golpe|trava(?:ndo)?|travou|bugou|erro|quebrad[oa]|quebrou|fora do ar|problema',
    critic: 'nao concordo|discordo|errad[oa]|mentira|ruim|pessim[oa]|horrivel|decepcion(?:ado|ante)|decepcao|preocupad[oa]|preocupa(?:nte)?|infelizmente|que pena|uma pena|chato|lixo',
    greet: 'bom dia|boa (?:tarde|noite)|ola|oi',
    laugh: 'k{3,}|rs(?:rs)+',
    tag: 'olha (?:isso|so)',
    chatter: 'alguem assistindo',
    rhetorical: 'alguem assistindo|quem (?:veio|esta vendo|ta vendo|assiste)',
    negator: 'nao|nunca|nem|nada',
    contrast: 'mas|porem|entretanto|contudo',
  },
  it: {
    opener: 'che|come|dove|quando|qual[ei]?|perche|chi|quant[oi]|funziona|hai|sai|si puo',
    ask: 'qualcuno sa|qualche consiglio|mi chiedo',
    praise: 'bellissim[oa]|fantastic[oa]|stupend[oa]|meravigliose?[oa]?|brav[oai]|complimenti|ottim[oa]|perfett[oa]|spettacolare|favoloso|geniale|adoro|mi piace|incredibile',
    thanks: 'grazie',
    suggest: 'sarebbe (?:bello|utile|top|fantastico|interessante)|dovresti|dovreste|potresti|suggerimento|suggerisco|per favore|aggiungere',
    imperative: 'aggiungi|fai|fate',
    blocked: 'nessuno (?:risponde|mi)|non riesco',
    problem: 'non (?:funziona|va|si sente|si vede|parte)|si chiude|errore|si blocca|rott[oa]|problema',
    critic: 'pessim[oa]|sbagliat[oa]|brutt[oa]|orribile|delus[oa]|deludente|peccato|purtroppo|preoccupat[oa]|non sono daccordo',
    greet: 'buongiorno|buonasera|ciao|saluti da',
    laugh: 'ahah(?:ah)*',
    tag: 'guarda (?:qui|questo)',
    negator: 'non|mai|niente',
    contrast: 'ma|pero|tuttavia',
  },
  nl: {
    opener: 'wat|hoe|waarom|waar|wanneer|welke?|wie|hoeveel|werkt|is (?:dit|er)|kan ik|kun je|kan je|heb je|gebruik je|zijn er',
    ask: 'weet iemand|iemand tips|vraagje|ik vraag me af|benieuwd (?:hoe|wat|of)',
    praise: 'prachtig|mooi|geweldig|gaaf|fantastisch|schitterend|mooie|prachtige|geweldige|schitterende|gefeliciteerd|proficiat|goed gedaan|heel goed|briljant',
    thanks: 'bedankt|dank(?:je(?:wel)?| je| voor)?',
    suggest: 'zou (?:het )?(?:leuk|mooi|fijn|handig|top|gaaf|goed) zijn|je zou|misschien|suggestie|voorstel|toevoegen|graag (?:meer|een)',
    blocked: 'niemand (?:reageert|antwoordt)|kan niet|lukt niet',
    problem: 'werkt niet|doet het niet|kapot|foutmelding|crasht|probleem|laadt niet',
    critic: 'slecht|jammer|helaas|teleurgesteld|teleurstellend|oneens|klopt niet|bezorgd|waardeloos|onzin',
    greet: 'goede(?:morgen|middag|navond)|hoi|hallo|fijne (?:dag|avond|weekend)',
    tag: 'kijk (?:dit|eens)',
    negator: 'niet|geen|nooit|niks',
    contrast: 'maar|echter',
  },
  ja: {
    ask: 'ですか|ますか|でしょうか|何|なに|どこ|どうやって|どう|どれ|いつ(?!も)|なぜ|誰|だれ|どの|教えて|知りたい',
    praise: '最高|すごい|凄い|素晴らしい|素敵|感動|大好き|好き|かわいい|可愛い|きれい|綺麗|おめでとう|さすが|美しい|面白い',
    thanks: 'ありがとう|感謝',
    suggest: '見たい|したい(?:です)?|ほしい|欲しい|てください|と嬉しい|お願いします|いかがでしょうか',
    problem: '聞こえ(?:ない|ません)|見えな|見えません|動かな|動きません|切れて|エラー|不具合|バグ|壊れ|できな|できません|問題|しません|起動しな',
    critic: '残念|がっかり|違う|違います|間違|心配|ひどい|酷い|最悪|嫌い',
    rhetorical: '見てる人',
    greet: 'おはよう|こんにちは|こんばんは|おやすみ',
    laugh: '笑|草',
    chatter: '見てる人',
    contrast: 'けど|でも|しかし',
  },
};

/** Emoji say the same in every language. */
const EMOJI: Lexicon = {
  praise: '🔥|❤|😍|🥰|👏|🙌|🥳|🎉|✨|🫶|💯|👌|🤩|💪|⭐|🌟|💖|💕|😻|🤯|👍|🏆|🐐|💜|💙|💚|🧡|💛|🤍|🖤|❣|🤌|🥹',
  thanks: '🙏',
  critic: '😕|😞|😩|😡|😠|👎|💔|🤦|😤|😒',
  sarcasm: '🙄|🙃',
  laugh: '😂|🤣|💀|😆',
};

const SCORED = ['opener', 'ask', 'praise', 'thanks', 'suggest', 'imperative', 'blocked', 'problem', 'critic', 'sarcasm', 'greet', 'laugh', 'tag', 'spam', 'chatter'] as const;

/** What each scored family counts for, how much, and how it is told to the user. */
const FAMILIES: Record<(typeof SCORED)[number], { kind?: CommentKind; weight: number; cue: (m: string) => string; sentence?: boolean; flips?: CommentKind }> = {
  opener: { kind: 'question', weight: 1.5, cue: (m) => `asks '${m}'`, sentence: true },
  ask: { kind: 'question', weight: 2.5, cue: (m) => `asks '${m}'` },
  praise: { kind: 'praise', weight: 2, cue: (m) => `praises '${m}'`, flips: 'concern' },
  thanks: { kind: 'praise', weight: 2, cue: () => 'thanks' },
  suggest: { kind: 'feedback', weight: 4, cue: (m) => `suggests '${m}'` },
  imperative: { kind: 'feedback', weight: 3, cue: (m) => `suggests '${m}'`, sentence: true },
  blocked: { kind: 'concern', weight: 1.25, cue: (m) => `says '${m}'`, flips: 'praise' },
  problem: { kind: 'concern', weight: 2.5, cue: (m) => `reports a problem ('${m}')`, flips: 'praise' },
  critic: { kind: 'concern', weight: 2.5, cue: (m) => `criticises ('${m}')`, flips: 'praise' },
  sarcasm: { kind: 'concern', weight: 3, cue: () => 'sounds sarcastic' },
  greet: { kind: 'other', weight: 1.5, cue: () => 'greets' },
  laugh: { kind: 'other', weight: 0.5, cue: () => 'laughs' },
  tag: { kind: 'other', weight: 2, cue: () => 'tags someone' },
  spam: { kind: 'other', weight: 3, cue: () => 'looks like spam' },
  chatter: { kind: 'other', weight: 1.5, cue: () => 'small talk' },
};

/** Nothing noticed means nothing to answer: `other` starts ahead by this much. */
const OTHER_PRIOR = 1;
/** A question mark counts once, however many there are. */
const QUESTION_MARK = 2;
/** Praise or criticism before a "but" matters less than what comes after it. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** A reply's intent shows in its first paragraphs; a pasted essay costs no more than a comment. */
const MAX_CHARS = 4000;

const SENTIMENT = new Set<Family>(['praise', 'thanks', 'blocked', 'problem', 'critic']);

const alternation = (family: Family) =>
  [...Object.values(LEXICON), EMOJI].map((l) => l[family]).filter(Boolean).join('|').replace(/ /g, '\\s+');
/** Latin words are bounded by non-letters; Japanese entries, having no spaces, match anywhere. */
const lexiconRe = (family: Family) => new RegExp(`(?<![a-z0-9ß])(?:${alternation(family)})(?![a-z0-9ß])`, 'gu');
const COMPILED = SCORED.map((family) => ({ family, re: lexiconRe(family), ...FAMILIES[family] }));
const RHETORICAL = lexiconRe('rhetorical');
const CONTRAST = lexiconRe('contrast');
/** Words that open a new clause, so what follows them can be an opener. */
const CLAUSE_WORDS = 'but|so|and|pero|aber|mais|mas|ma|maar';
const FILLERS = 'ok|okay|so|and|but|also|wait|bro|lol|hey|hi|hmm|um|pls|please|y|pero|und|aber|et|mais|e|mas|ma|en|maar';
/** Sticky lookbehinds, tested at a match's index without cutting the text. */
const at = (re: RegExp, t: string, index: number) => ((re.lastIndex = index), re.test(t));
/** The text's start, a sentence's end or a clause word, then perhaps emoji and fillers ("ok but how"). */
const SENTENCE_START = new RegExp(
  `(?<=(?:^|[.!?¿¡;:,\\n()"…–—-]|(?<![a-z])(?:${CLAUSE_WORDS}))[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D]*(?:(?:${FILLERS})[\\s,]+){0,3})`,
  'uy',
);
/** A negation up to one word before: "not bad", "not very good", "nao e ruim". */
const NEGATED = new RegExp(`(?<=(?<![a-z0-9])(?:${alternation('negator')})(?:\\s+[a-z]+)?\\s+)`, 'y');

const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi;
const HANDLE = /(?:^|(?<=[\s(]))(?:@[\w.-]+(?:@[\w.-]+)?|u\/\w+)/g;
const QUOTED_LINE = /^[ \t]*>.*$/gm;
const INLINE_QUOTE = /"[^"\n]{0,200}"/g;
const CURLY_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const HASHTAG = /#(?=[\p{L}\p{N}])/gu;
const ASKS = /[?¿]/;
const SPACES = /\s+/g;

/**
 * The text as the lexicons expect it: links, @handles and quoted lines (someone else's words)
 * removed, hashtag words kept, then folded. Also how many @mentions it had: a comment of mentions
 * alone tags someone.
 */
function normalise(text: string): { t: string; mentions: number } {
  let mentions = 0;
  const t = text
    .slice(0, MAX_CHARS)
    .replace(QUOTED_LINE, ' ')
    .replace(URL, ' ')
    .replace(HANDLE, () => (mentions++, ' '))
    .replace(HASHTAG, '')
    .replace(CURLY_QUOTES, '"');
  return { t: fold(t), mentions };
}

/** "What a shot!", "¡Qué bonito!": an opener whose sentence ends in "!" exclaims rather than asks. */
function exclaims(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) {
    const c = t[i];
    if (c === '!') return true;
    if (c === '.' || c === '?' || c === '\n') return false;
  }
  return false;
}

/** Rounds to hundredths, so the UI and tests see stable numbers. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Classifies a comment's text; see the module comment. Never throws. */
export function classifyComment(text: string): CommentClass {
  const { t, mentions } = normalise(text);
  if (!t.trim()) return { kind: 'other', confidence: 1, cues: [mentions ? 'tags someone' : 'no text'] };
  const scores: Record<CommentKind, number> = { question: 0, concern: 0, feedback: 0, praise: 0, other: OTHER_PRIOR };
  const cues: { kind: CommentKind; cue: string }[] = [];
  const note = (kind: CommentKind, weight: number, cue: string) => {
    scores[kind] += weight;
    if (!cues.some((c) => c.cue === cue)) cues.push({ kind, cue });
  };

  RHETORICAL.lastIndex = 0;
  const rhetorical = RHETORICAL.test(t);
  if (rhetorical) note('other', 0, 'rhetorical question');
  const bare = t.includes('"') ? t.replace(INLINE_QUOTE, ' ') : t;
  if (!rhetorical && ASKS.test(bare)) note('question', QUESTION_MARK, 'question mark');

  let contrastAt = -1;
  let contrastWord = '';
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(t); m; m = CONTRAST.exec(t)) [contrastAt, contrastWord] = [m.index, m[0]];
  let reweighed = false;
  let sarcastic = false;

  for (const f of COMPILED) {
    if (rhetorical && f.family === 'opener') continue;
    f.re.lastIndex = 0;
    for (let m = f.re.exec(t); m; m = f.re.exec(t)) {
      const word = m[0].replace(SPACES, ' ');
      if (f.sentence && !at(SENTENCE_START, t, m.index)) continue;
      if (f.family === 'opener' && exclaims(t, m.index)) continue;
      let weight = f.weight;
      let kind = f.kind ?? 'other';
      let cue = f.cue(word);
      if (SENTIMENT.has(f.family)) {
        if (contrastAt >= 0) {
          weight *= m.index < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
          reweighed = true;
        }
        if (f.flips && at(NEGATED, t, m.index)) [kind, cue] = [f.flips, `negates '${word}'`];
      }
      note(kind, weight, cue);
      sarcastic ||= f.family === 'sarcasm';
    }
  }
  if (reweighed) note('other', 0, `'${contrastWord}' weighs what follows`);
  // Praise around a question is politeness: the reply must answer it.
  if (scores.question >= QUESTION_MARK) scores.praise *= 0.5;
  // Sarcasm wraps a complaint in praise: the praise counts against.
  if (sarcastic) [scores.concern, scores.praise] = [scores.concern + scores.praise, 0];

  let kind: CommentKind = 'question';
  for (const k of COMMENT_KINDS) if (scores[k] > scores[kind]) kind = k;
  const total = COMMENT_KINDS.reduce((sum, k) => sum + scores[k], 0);
  const ordered = [...cues.filter((c) => c.kind === kind), ...cues.filter((c) => c.kind !== kind)];
  return { kind, confidence: round(scores[kind] / total), cues: ordered.map((c) => c.cue).slice(0, 6) };
}
