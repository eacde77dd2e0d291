// The sample kirana a newcomer can load on first start, so the app shows a working shop in a minute.
// Aliases carry what customers really type: Hindi names in Latin script, German, and emoji.
export const SAMPLE_SHOP_CSV = `sku,name,price,unit,size,aliases,category,stock
ONION,Onion,40.00,kg,,pyaz|pyaaz|kanda|onions|Zwiebel|🧅,Vegetables,50
POTATO,Potato,30.00,kg,,aloo|alu|batata|potatoes|Kartoffel|🥔,Vegetables,80
TOMATO,Tomato,50.00,kg,,tamatar|tamater|tomatoes|Tomate|🍅,Vegetables,40
GINGER,Ginger,20.00,pack,100 g,adrak|Ingwer,Vegetables,20
GARLIC,Garlic,30.00,pack,100 g,lahsun|lehsun|Knoblauch|🧄,Vegetables,20
CHILLI,Green Chilli,10.00,pack,100 g,hari mirch|mirchi|chilli|chili|🌶️,Vegetables,30
CORIANDER,Coriander Leaves,10.00,pc,,dhaniya|dhania|cilantro|Koriander,Vegetables,25
LEMON,Lemon,5.00,pc,,nimbu|limbu|lime|Zitrone|🍋,Vegetables,100
BANANA,Banana,60.00,dozen,,kela|kele|bananas|Banane|🍌,Fruits,20
APPLE,Apple Shimla,180.00,kg,,seb|apples|Apfel|🍎,Fruits,15
MILK-500,Amul Taaza Milk 500 ml,27.00,pack,500 ml,doodh|dudh|milk|Milch|🥛,Dairy,60
MILK-1L,Amul Taaza Milk 1 l,54.00,pack,1 l,doodh|dudh|milk|Milch|🥛,Dairy,40
CURD,Amul Masti Dahi 400 g,35.00,pack,400 g,dahi|curd|yogurt|Joghurt,Dairy,25
BUTTER-100,Amul Butter 100 g,58.00,pack,100 g,makhan|makkhan|butter|Butter|🧈,Dairy,30
BUTTER-500,Amul Butter 500 g,285.00,pack,500 g,makhan|makkhan|butter|Butter|🧈,Dairy,12
PANEER,Amul Paneer 200 g,90.00,pack,200 g,paneer|cottage cheese,Dairy,15
EGGS,Eggs,7.00,pc,,anda|ande|egg|Eier|🥚,Dairy,120
BREAD,Britannia Bread 400 g,45.00,pack,400 g,bread|pav|double roti|Brot|🍞,Bakery,25
RUSK,Britannia Rusk 300 g,40.00,pack,300 g,toast|rusk,Bakery,15
SUGAR,Sugar,45.00,kg,,cheeni|chini|shakkar|Zucker,Staples,100
SALT,Tata Salt 1 kg,28.00,pack,1 kg,namak|Salz|🧂,Staples,40
ATTA-5,Aashirvaad Atta 5 kg,265.00,pack,5 kg,atta|aata|gehun ka atta|wheat flour|Mehl,Staples,20
ATTA-10,Aashirvaad Atta 10 kg,510.00,pack,10 kg,atta|aata|gehun ka atta|wheat flour|Mehl,Staples,10
RICE-BASMATI,India Gate Basmati Rice 1 kg,160.00,pack,1 kg,chawal|basmati|rice|Reis|🍚,Staples,30
RICE-SONA,Sona Masoori Rice,60.00,kg,,chawal|rice|sona masuri|Reis,Staples,60
TOOR-DAL,Toor Dal,140.00,kg,,arhar dal|tur dal|toor daal|dal|Linsen,Staples,40
MOONG-DAL,Moong Dal,120.00,kg,,moong daal|mung dal,Staples,30
OIL-SUNFLOWER,Fortune Sunflower Oil 1 l,150.00,pack,1 l,tel|oil|refined|sunflower oil|Öl,Staples,25
OIL-MUSTARD,Fortune Mustard Oil 1 l,170.00,pack,1 l,sarson ka tel|sarso tel|mustard oil,Staples,15
GHEE,Amul Ghee 500 ml,320.00,pack,500 ml,ghee|ghi,Staples,10
TEA,Tata Tea Gold 250 g,150.00,pack,250 g,chai|chai patti|tea|Tee|🍵,Beverages,20
COFFEE,Nescafe Classic 50 g,180.00,pack,50 g,coffee|Kaffee|☕,Beverages,10
BISCUIT,Parle-G 250 g,25.00,pack,250 g,biscuit|biscuits|parle g|Kekse|🍪,Snacks,50
MAGGI,Maggi Noodles 70 g,14.00,pack,70 g,maggi|noodles|Nudeln|🍜,Snacks,60
CHIPS,Lay's Classic 52 g,20.00,pack,52 g,chips|lays|wafers|🍟,Snacks,40
SOAP,Lux Soap 100 g,38.00,pc,100 g,sabun|soap|Seife|🧼,Household,30
DETERGENT,Surf Excel 1 kg,140.00,pack,1 kg,surf|detergent|washing powder|Waschpulver,Household,15
`
