/**
 * Traditional characters as used in Hong Kong, Macao and Taiwan, each followed by its simplified form, for the
 * characters of complaints, body parts, danger words and everyday function words (頭暈 → 头晕, 嘔吐 → 呕吐,
 * 沒反應 → 没反应). Only characters that are not themselves simplified characters are listed, so simplified
 * text is never changed; Cantonese words written in either form then meet data/dialect.ts.
 *
 * Source: written for this project from the 《通用规范汉字表》 traditional–simplified correspondence. Reviewed by the author.
 */
export const traditionalPairs =
  '頭头暈晕嘔呕腦脑腫肿癢痒瘡疮膿脓痠酸醫医藥药燒烧熱热發发髮发氣气嚨咙聲声說说話话語语讀读認认識识記记憶忆憂忧鬱郁慮虑緊紧張张驚惊嚇吓殺杀傷伤斷断隨随邊边側侧臉脸視视覺觉見见聽听聾聋齒齿頸颈腳脚蓋盖腸肠膽胆腎肾臟脏髒脏鬆松軟软悶闷帶带紅红黃黄' +
  '綠绿藍蓝糞粪瀉泻經经婦妇產产嬰婴兒儿孫孙爺爷媽妈親亲們们個个這这麼么會会還还沒没來来過过後后從从時时間间現现剛刚纔才開开關关門门問问題题東东車车電电燈灯線线機机樓楼層层陽阳臺台橋桥塊块歲岁兩两幾几點点鐘钟週周將将應应該该對对錯错難难為为與与' +
  '無无場场學学習习實实處处裡里裏里體体節节風风濕湿癱瘫瘓痪痺痹術术護护檢检驗验報报壓压狀状癥症癇痫癲癫夢梦繩绳農农燙烫觸触擊击蟲虫嗆呛滿满脹胀痙痉攣挛擔担續续繼继變变轉转動动靜静講讲請请謝谢讓让給给買买賣卖錢钱號号掛挂診诊療疗嗎吗較较壞坏單单' +
  '雙双隻只條条歡欢樂乐調调劑剂針针輸输脈脉膚肤紋纹皺皱結结網网閃闪爍烁簾帘擋挡霧雾漿浆濃浓涼凉凍冻溫温鹹咸餓饿飽饱飯饭餵喂飲饮嚥咽嚐尝魚鱼蝦虾雞鸡鴨鸭豬猪麵面饅馒湯汤膠胶貼贴顆颗險险廁厕衛卫睏困虛虚戰战顫颤搖摇擺摆繃绷墜坠絞绞喫吃嚴严厲厉舊旧' +
  '歷历曆历傳传預预約约復复務务員员據据樣样極极劇剧喚唤囑嘱導导寫写錄录圍围潰溃瘍疡癒愈創创蒼苍斃毙窩窝彎弯鑽钻癮瘾緣缘閉闭陰阴莖茎鬍胡鬚须顱颅齡龄懷怀陣阵衝冲禍祸睜睁嘆叹喪丧懼惧煩烦緒绪殘残瘋疯';
