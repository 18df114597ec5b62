// The exercises' names in the Porukka-hautomo workbook (the source document, in Finnish) where the app
// gives the exercise an easy-read title of its own (issue 13: "Kaupunkiliftaus" means hitchhiking, so the
// app says "Kävelemme ja kysymme"). Support persons see the workbook's name small under the title, so they
// find the exercise in the workbook; participants never see it. Proper names from the source: not
// translated, not read by the easy-read check. Only exercises whose title differs are listed.
export const workbookNames: Readonly<Record<string, string>> = {
  'm03-city-lift': 'Kaupunkiliftaus',
  'm03-lift-feelings': 'Kaupunkiliftaus: miltä tehtävä tuntui?',
  'm03-idea-bank': 'Vapaa-ajan ideapankki',
  'm03-story-bailaava': 'Toivottiin juhlia, saatiin aikaan Bailaava-klubi',
  'm04-idea-storm': 'Ideariihi',
  'm05-story-floorball': 'Salibandy ja urheiluhenki yhdistävät',
  'm06-learning-cafe': 'Oppimiskahvila (Learning cafe)',
  'm07-first-talk': 'Yhteistyön käynnistäminen',
  'm08-own-shoes': 'Omissa housuissa',
  'm08-telling-others': 'Viestintä – kerrotaan toiminnasta muille',
  'm10-praise': 'Kehukaa onnistujia',
  'm10-self-evaluation': 'Toiminnan itsearviointi',
  'm10-celebrate': 'Onnistumisten juhlistaminen',
};
