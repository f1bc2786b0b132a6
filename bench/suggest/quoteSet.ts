/**
 * Wire-style paragraphs written for this evaluation (invented people, places and events),
 * each with the quotes a copy editor would tag and who said them, by full name as the text
 * gives it. '' marks a speaker the text does not name ("a spokesman for the ministry").
 */
export interface QuoteCase {
  text: string;
  quotes: Array<{ words: string; speaker: string }>;
}

export const QUOTE_CASES: QuoteCase[] = [
  {
    text: 'Harbour Minister Ines Okafor said on Monday that the night ferry trial would go ahead. “We listened to the residents and we changed the timetable,” Okafor told reporters in Valmere.',
    quotes: [{ words: 'We listened to the residents and we changed the timetable,', speaker: 'Ines Okafor' }],
  },
  {
    text: '"There is no money left in the fund," said Tomasz Wielgus, the council\'s treasurer, after a three-hour meeting.',
    quotes: [{ words: 'There is no money left in the fund,', speaker: 'Tomasz Wielgus' }],
  },
  {
    text: 'The mayor of Lindqvist, Anna Berglund, was blunt: “We will not pay for a bridge that nobody asked for.”',
    quotes: [{ words: 'We will not pay for a bridge that nobody asked for.', speaker: 'Anna Berglund' }],
  },
  {
    text: 'Police Chief Daniel Mbeki defended the operation. “Our officers acted within the law,” he said. “Every arrest was filmed.”',
    quotes: [
      { words: 'Our officers acted within the law,', speaker: 'Daniel Mbeki' },
      { words: 'Every arrest was filmed.', speaker: 'Daniel Mbeki' },
    ],
  },
  {
    text: 'Opposition leader Carla Montes called the budget “a gift to the banks” and promised to vote against it.',
    quotes: [{ words: 'a gift to the banks', speaker: 'Carla Montes' }],
  },
  {
    text: 'Foreign Minister Piotr Lasek met his Estonian counterpart, Mari Tamm, in Tallinn on Thursday.\n“We agreed on more than we expected,” Tamm said after the talks.',
    quotes: [{ words: 'We agreed on more than we expected,', speaker: 'Mari Tamm' }],
  },
  {
    text: 'Union official Rosa Delgado said the strike would continue. "Nobody goes back until the contracts are signed," she said.',
    quotes: [{ words: 'Nobody goes back until the contracts are signed,', speaker: 'Rosa Delgado' }],
  },
  {
    text: 'Brazilian President Joana Ferraz spoke with the German chancellor, Klaus Hartmann, by phone for an hour. The Brazilian president later described the call as “frank and useful”.',
    quotes: [{ words: 'frank and useful', speaker: 'Joana Ferraz' }],
  },
  {
    text: 'Defence Secretary Martin Cole told MPs the contract was under review. "I will not sign anything I have not read," the defence secretary said.',
    quotes: [{ words: 'I will not sign anything I have not read,', speaker: 'Martin Cole' }],
  },
  {
    text: '“The water is safe to drink,” a spokesman for the Valmere water authority said on Tuesday, two days after the spill.',
    quotes: [{ words: 'The water is safe to drink,', speaker: '' }],
  },
  {
    text: 'Farmers in the valley say the drought is the worst in living memory. “I have lost half my herd,” said Pieter Jansen, who keeps dairy cattle near Oudstad. “Next year there may be nothing left.”',
    quotes: [
      { words: 'I have lost half my herd,', speaker: 'Pieter Jansen' },
      { words: 'Next year there may be nothing left.', speaker: 'Pieter Jansen' },
    ],
  },
  {
    text: 'The central bank held its main rate at 4.5 percent. Governor Helena Strand said inflation was "stubborn but falling" and that cuts could come "later in the year, not sooner."',
    quotes: [
      { words: 'stubborn but falling', speaker: 'Helena Strand' },
      { words: 'later in the year, not sooner.', speaker: 'Helena Strand' },
    ],
  },
  {
    text: 'Coach Samuel Osei was asked whether his job was at risk. "Ask me again in May," he replied.',
    quotes: [{ words: 'Ask me again in May,', speaker: 'Samuel Osei' }],
  },
  {
    text: 'Health Minister Leila Haddad and her deputy, Omar Nasser, visited the hospital on Sunday. "The staff here have worked miracles," Haddad said.',
    quotes: [{ words: 'The staff here have worked miracles,', speaker: 'Leila Haddad' }],
  },
  {
    text: 'Judge Eleanor Whitfield sentenced Marcus Doyle to six years in prison. “You showed no remorse at any point,” she told him.',
    quotes: [{ words: 'You showed no remorse at any point,', speaker: 'Eleanor Whitfield' }],
  },
  {
    text: 'According to Gareth Price, an analyst at Northbridge Capital, the merger “makes sense on paper and nowhere else.”',
    quotes: [{ words: 'makes sense on paper and nowhere else.', speaker: 'Gareth Price' }],
  },
  {
    text: 'The ministry said in a statement that the border crossing would reopen on Friday. "Security checks have been strengthened," the statement said.',
    quotes: [{ words: 'Security checks have been strengthened,', speaker: '' }],
  },
  {
    text: 'Chief Executive Priya Raman told shareholders the company would cut 1,200 jobs.\n"This is the hardest decision I have made in this role. But we cannot keep losing money on every car we build," Raman said.',
    quotes: [{ words: 'This is the hardest decision I have made in this role. But we cannot keep losing money on every car we build,', speaker: 'Priya Raman' }],
  },
  {
    text: 'Senator Frank Oduya, who chairs the committee, said he would call the minister to testify. “He has questions to answer and he will answer them in public,” Oduya said.',
    quotes: [{ words: 'He has questions to answer and he will answer them in public,', speaker: 'Frank Oduya' }],
  },
  {
    text: '“We are not going anywhere,” said Lucia Ferreira, 72, who has lived on the street for half a century.',
    quotes: [{ words: 'We are not going anywhere,', speaker: 'Lucia Ferreira' }],
  },
  {
    text: 'Prime Minister Aleksander Nowak said the election would be held on schedule.\n“The date is fixed and it will not move,” he said. “Anyone who says otherwise is spreading rumours.”',
    quotes: [
      { words: 'The date is fixed and it will not move,', speaker: 'Aleksander Nowak' },
      { words: 'Anyone who says otherwise is spreading rumours.', speaker: 'Aleksander Nowak' },
    ],
  },
  {
    text: "Climate scientist Dr. Hannah Kiel warned that the glacier was retreating faster than forecast. 'We are watching it disappear in real time,' she said.",
    quotes: [{ words: 'We are watching it disappear in real time,', speaker: 'Hannah Kiel' }],
  },
  {
    text: 'The striker, Mateo Ruiz, scored twice in the second half. Afterwards Ruiz said the win was "for the fans who stayed" despite the rain.',
    quotes: [{ words: 'for the fans who stayed', speaker: 'Mateo Ruiz' }],
  },
  {
    text: 'Interior Minister Sofia Lindgren and Justice Minister Erik Holm announced the reform together. "It is the biggest change to policing in forty years," Holm said, while Lindgren called it "long overdue."',
    quotes: [
      { words: 'It is the biggest change to policing in forty years,', speaker: 'Erik Holm' },
      { words: 'long overdue.', speaker: 'Sofia Lindgren' },
    ],
  },
  {
    text: 'Asked about the leak, White House spokeswoman Dana Kemp said: “We do not comment on personnel matters.”',
    quotes: [{ words: 'We do not comment on personnel matters.', speaker: 'Dana Kemp' }],
  },
  {
    text: 'Teacher Ahmed Karimi has taught in the village school for 20 years.\n"When I started there were 11 pupils. Now there are 140," Karimi said.\n"We need a second classroom by September."',
    quotes: [
      { words: 'When I started there were 11 pupils. Now there are 140,', speaker: 'Ahmed Karimi' },
      { words: 'We need a second classroom by September.', speaker: 'Ahmed Karimi' },
    ],
  },
  {
    text: 'Airline chief Marta Kowalczyk apologised to passengers stranded overnight. “We let our customers down and I am sorry,” the airline chief said in a video posted on Wednesday.',
    quotes: [{ words: 'We let our customers down and I am sorry,', speaker: 'Marta Kowalczyk' }],
  },
  {
    text: 'Environment Secretary Olivia Grant told the conference that the target remained within reach. "It is hard, but it is not impossible," Grant added.',
    quotes: [{ words: 'It is hard, but it is not impossible,', speaker: 'Olivia Grant' }],
  },
  {
    text: 'Rescuers pulled a man from the rubble after 30 hours. “He was conscious and talking to us,” said fire brigade commander Jonas Petrauskas.',
    quotes: [{ words: 'He was conscious and talking to us,', speaker: 'Jonas Petrauskas' }],
  },
  {
    text: 'Economy Minister Kenji Sato said exports rose 8 percent in the quarter, calling the figure “better than anyone expected.”',
    quotes: [{ words: 'better than anyone expected.', speaker: 'Kenji Sato' }],
  },
  {
    text: 'Rebecca Lowe, the festival director, said ticket sales had doubled. "We sold out in four hours," she said, "which has never happened before."',
    quotes: [
      { words: 'We sold out in four hours,', speaker: 'Rebecca Lowe' },
      { words: 'which has never happened before.', speaker: 'Rebecca Lowe' },
    ],
  },
  {
    text: 'Archbishop Thomas Mwangi urged calm. “Violence answers nothing,” the archbishop told worshippers at the cathedral on Sunday.',
    quotes: [{ words: 'Violence answers nothing,', speaker: 'Thomas Mwangi' }],
  },
  {
    text: 'The Canadian ambassador, Claire Dubois, met Chinese Foreign Minister Wang Lei in Beijing. The Chinese foreign minister said afterwards that relations were “on a better footing”.',
    quotes: [{ words: 'on a better footing', speaker: 'Wang Lei' }],
  },
  {
    text: 'Residents of Kessel Street were told to leave their homes on Saturday night. "We had ten minutes to pack," said Ingrid Maas. Her neighbour, Paul Verhoeven, said he had left his medicine behind. "I did not think to take it," Verhoeven said.',
    quotes: [
      { words: 'We had ten minutes to pack,', speaker: 'Ingrid Maas' },
      { words: 'I did not think to take it,', speaker: 'Paul Verhoeven' },
    ],
  },
  {
    text: 'Transport Minister Yusuf Demir said the new line would open in 2027. "Not a day later," Demir told the parliament in Ankara, adding that the cost had risen to $4.2 billion.',
    quotes: [{ words: 'Not a day later,', speaker: 'Yusuf Demir' }],
  },
  {
    text: 'Goalkeeper Nadia Petrova saved three penalties in the shootout. "I just guessed," Petrova said, laughing. Her coach, Viktor Sobol, was less modest. "She is the best in Europe," Sobol said.',
    quotes: [
      { words: 'I just guessed,', speaker: 'Nadia Petrova' },
      { words: 'She is the best in Europe,', speaker: 'Viktor Sobol' },
    ],
  },
];

/**
 * Written after the suggesters were tuned on QUOTE_CASES and never tuned on: the held-out measure.
 */
export const HELD_OUT_QUOTE_CASES: QuoteCase[] = [
  {
    text: 'Fisheries Commissioner Bruno Salgado told the summit that quotas would fall by a third. “There are simply fewer fish,” Salgado said. “We cannot negotiate with the ocean.”',
    quotes: [
      { words: 'There are simply fewer fish,', speaker: 'Bruno Salgado' },
      { words: 'We cannot negotiate with the ocean.', speaker: 'Bruno Salgado' },
    ],
  },
  {
    text: '"I was born in this house and I intend to die in it," said Margit Halvorsen, 88, as officials arrived with the eviction order.',
    quotes: [{ words: 'I was born in this house and I intend to die in it,', speaker: 'Margit Halvorsen' }],
  },
  {
    text: 'Finance Minister Tariq Aziz insisted the deficit was under control, describing the latest figures as "a temporary blip."',
    quotes: [{ words: 'a temporary blip.', speaker: 'Tariq Aziz' }],
  },
  {
    text: 'The Irish prime minister, Siobhan Kearney, spoke to reporters outside the summit. “Nobody wants a hard border,” the prime minister said.',
    quotes: [{ words: 'Nobody wants a hard border,', speaker: 'Siobhan Kearney' }],
  },
  {
    text: 'Detective Inspector Raj Malhotra appealed for witnesses. "Someone saw this car that night. We need them to come forward," he said.',
    quotes: [{ words: 'Someone saw this car that night. We need them to come forward,', speaker: 'Raj Malhotra' }],
  },
  {
    text: 'Museum director Élodie Marchand said the painting had been "hiding in plain sight" for decades in a storeroom in Lyon.',
    quotes: [{ words: 'hiding in plain sight', speaker: 'Élodie Marchand' }],
  },
  {
    text: 'Startup founder Kwame Asante and investor Lydia Brook clashed at the hearing. “The rules were written for banks, not for us,” Asante told the committee. Brook disagreed. “Rules are rules,” she said.',
    quotes: [
      { words: 'The rules were written for banks, not for us,', speaker: 'Kwame Asante' },
      { words: 'Rules are rules,', speaker: 'Lydia Brook' },
    ],
  },
  {
    text: 'Opposition lawmaker Henrik Dahl accused the government of hiding the report.\n“What are they afraid of?” Dahl asked. “Publish it today.”',
    quotes: [
      { words: 'What are they afraid of?', speaker: 'Henrik Dahl' },
      { words: 'Publish it today.', speaker: 'Henrik Dahl' },
    ],
  },
  {
    text: 'Mountain guide Ama Dolma, who reached the summit for the ninth time, said conditions were "the worst I have seen in twenty years."',
    quotes: [{ words: 'the worst I have seen in twenty years.', speaker: 'Ama Dolma' }],
  },
  {
    text: 'Speaking in Nairobi, World Health Organization envoy Grace Njeri warned: "This outbreak is not over."',
    quotes: [{ words: 'This outbreak is not over.', speaker: 'Grace Njeri' }],
  },
];

/**
 * A second held-out set, written after the first one's two misses had led to a change in the
 * entity finder (unknown names in apposition: "founder Kwame Asante"). Scored as it came; never tuned on.
 */
export const FRESH_QUOTE_CASES: QuoteCase[] = [
  {
    text: 'Retired nurse Halina Sobczak, 71, waited four hours outside the clinic. “Nobody told us it had closed,” she said.',
    quotes: [{ words: 'Nobody told us it had closed,', speaker: 'Halina Sobczak' }],
  },
  {
    text: '"The bridge will reopen before winter," Transport Secretary Owen Maddox told lawmakers on Tuesday, adding that repairs were "well under way."',
    quotes: [
      { words: 'The bridge will reopen before winter,', speaker: 'Owen Maddox' },
      { words: 'well under way.', speaker: 'Owen Maddox' },
    ],
  },
  {
    text: 'Asked about the strike, union leader Carla Nieves did not hold back. “They have ignored us for three years. That ends today.”',
    quotes: [{ words: 'They have ignored us for three years. That ends today.', speaker: 'Carla Nieves' }],
  },
  {
    text: 'Chief Justice Miriam Okonjo wrote for the majority. "A right that cannot be enforced is no right at all," Okonjo wrote.',
    quotes: [{ words: 'A right that cannot be enforced is no right at all,', speaker: 'Miriam Okonjo' }],
  },
  {
    text: 'Fisherman Jonas Vik hauled in an empty net. "Ten years ago this bay was full," the fisherman said. "Now look at it."',
    quotes: [
      { words: 'Ten years ago this bay was full,', speaker: 'Jonas Vik' },
      { words: 'Now look at it.', speaker: 'Jonas Vik' },
    ],
  },
  {
    text: 'Energy Minister Farid Haddad and his deputy, Leila Nasser, toured the plant. “We are ahead of schedule,” Nasser said.',
    quotes: [{ words: 'We are ahead of schedule,', speaker: 'Leila Nasser' }],
  },
  {
    text: 'The company called the fine “disproportionate” and said it would appeal, according to spokeswoman Ingrid Aalto.',
    quotes: [{ words: 'disproportionate', speaker: 'Ingrid Aalto' }],
  },
  {
    text: 'Coach Marco Bellini was in no mood to celebrate.\n“We were lucky,” he said. “The second half was the worst we have played all season.”',
    quotes: [
      { words: 'We were lucky,', speaker: 'Marco Bellini' },
      { words: 'The second half was the worst we have played all season.', speaker: 'Marco Bellini' },
    ],
  },
  {
    text: '"I have never seen water rise this fast," said Pedro Alvarado, who has farmed the valley for forty years.',
    quotes: [{ words: 'I have never seen water rise this fast,', speaker: 'Pedro Alvarado' }],
  },
  {
    text: 'Opposition leader Grete Falk accused Prime Minister Nils Ahlgren of "hiding behind committees." Ahlgren rejected the charge. "We publish everything," he said.',
    quotes: [
      { words: 'hiding behind committees.', speaker: 'Grete Falk' },
      { words: 'We publish everything,', speaker: 'Nils Ahlgren' },
    ],
  },
];
