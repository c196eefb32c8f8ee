/**
 * A few phrasings with a gap too free for a list: 月经两个月没来, 吃了一瓶药, 尿是红的.
 * Each regular expression names the symptom it says.
 *
 * Source: written for this project from colloquial Mandarin; reviewed by the author.
 */
export const phrasePatterns: Array<{ re: RegExp; id: string }> = [
  { re: /月经[^，。,.;；!?！？]{0,8}?(没来|没有来|不来|未来|还没来|推迟|过期|迟迟不来|晚了)/g, id: 'amenorrhea' },
  { re: /(停经|月经没来)[^，。,.;；]{0,4}?\d{1,3}天/g, id: 'amenorrhea' },
  { re: /月经[^，。,.;；!?！？]{0,6}?(量多|量很多|量大|量特别大|特别多|很多|淋漓不尽|不干净|好多天)/g, id: 'heavy_menses' },
  { re: /(吃|喝|吞|服)了?(一|半|整|好几|大半|两|三|一大)(整)?(瓶|盒|板|把|大把)[^，。,.;；]{0,8}?(药|片|丸)/g, id: 'poisoning' },
  { re: /(吃|喝|吞|服)了?[^，。,.;；]{0,4}?(一|半|整|好几|大半|两|三|一大)(整)?(瓶|盒|板|把|大把)/g, id: 'poisoning' },
  { re: /(尿|小便)[^，。,.;；]{0,3}?(是红的|发红|红色|有血|带血|像洗肉水|像酱油|是茶色|浓茶色)/g, id: 'hematuria' },
  { re: /(大便|拉的)[^，。,.;；]{0,3}?(是黑的|发黑|黑色|像柏油)/g, id: 'black_stool' },
  { re: /(痰)[^，。,.;；]{0,3}?(有血|带血|血丝)/g, id: 'hemoptysis' },
  { re: /眼[睛里]?[^，。,.;；]{0,4}?(溅|进|迸|喷|弄)[^，。,.;；]{0,4}?(石灰|消毒|84|酸|碱|洗洁精|漂白|清洁剂|化学|水泥|药水|油漆|汽油|农药|洗衣液|辣椒水)/g, id: 'eye_chemical' },
  { re: /(一|半)(边|侧)(手脚|身子|身体|肢体|胳膊和腿)[^，。,.;；]{0,4}?(没劲|无力|麻|不听使唤|动不了|不能动)/g, id: 'hemiparesis' },
];
