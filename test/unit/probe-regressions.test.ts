// Claims from the probe sets (bench/probes) that a fix of sessions 16 to 20, 28 and 29 settled, checked against
// the sample sources: each wrong one must not be ticked, each true one must not be warned. The golden
// fixtures test each mechanism on invented sources; these keep the sample's own sentences, whose
// parses (a bogus "have" fact, a digest's units) the invented ones do not reproduce.
import { strict as assert } from "node:assert";
import { join } from "node:path";
import { Groundwork } from "../../src/core/engine";

const SOURCES = join(__dirname, "../../examples/scale-ai/sources");

/** Wrong claims: never "supported". */
const WRONG: readonly string[] = [
  // (session 29: values set side by side are held to their measure and time)
  "Meta invested $29 billion for a stake in Scale AI, which was valued at $14.3 billion.",
  "Meta's $29 billion investment valued Scale AI at $14.3 billion.",
  "Scale AI brought in $870 million in revenue in 2024, and about $200 million of that came from Google, which was its biggest customer.",
  "Google, Scale AI's second-largest customer, is in talks with rival data-labelling providers, Reuters reported.",
  "Mark Zuckerberg accused OpenAI of dangling signing bonuses of up to $100 million to lure away Meta staff.",
  "A Google spokesperson told TechCrunch that Scale's business remains robust.",
  "xAI's chief financial officer said the company will keep working with Scale AI as one of its numerous data vendors.",
  "Turing CEO Jonathan Siddharth told Reuters that his firm had secured $50 million in potential contracts over the last two weeks.",
  "OpenAI's CFO said the company would continue to use Scale AI as one of many suppliers only if Meta is kept away from its data.",
  "Scale AI's investors, including Accel and Labelbox, will benefit greatly from the Meta purchase.",
  "Scale AI reportedly spent about $150 million on Google's services in 2024.",
  "Labelbox CEO Manu Sharma told Reuters that Labelbox would probably generate hundreds of millions of dollars in new revenue by year-end from customers joining Scale.",
  "Despite spending significantly more than Google, OpenAI chose to withdraw from Scale a few months ago, according to people familiar with the situation.",
  "Citing doubts that Meta's backing could offset the departure of big tech clients, one smaller shareholder sold off its remaining stake in Scale.",
  "The US government has stopped working with Scale AI.",
  "Meta's investment in Scale AI was the largest private funding round in tech history.",
  "Google had planned to pay Scale AI roughly $200 million last year for human-labeled training data.",
  "Just hours after Meta announced the deal last month, Google said it would sever ties with the firm, Reuters reported.",
  "Scale AI's interim CEO Jason Droege reassured customers, employees and investors in a Friday post that the company is not pivoting or scaling back.",
  "Google reportedly spent about $150 million on Scale AI's services this year, while the startup generated $870 million in sales in 2024.",
  "Snorkel AI's Alex Ratner said inquiries from possible customers had produced hundreds of millions of dollars in potential deals over the past week.",
  "According to Reuters, Scale AI will remain a customer of the US government.",
  "Meta, which now owns 49% of Scale AI, had been one of the startup's biggest suppliers before the deal.",
  "Zuckerberg's bet on Wang is meant to bolster Meta's AI development amid fierce competition from OpenAI and Alphabet parent Google.",
  "After Meta took its stake in Scale, competitors Labelbox and Handshake reported shrinking demand from AI labs seeking neutral data-labeling partners.",
  "Interim CEO Jason Droege told staff and customers that the Meta deal marks a winding down of Scale AI.",
  "Alphabet shares have risen 7.74% so far this year, according to Benzinga Pro data.",
  "Alexandr Wang, who said in a Wednesday blog post that Scale would \"double down\" on its applications business, is leaving Scale to join Meta.",
  // session 17
  "Over a year ago, Google invested at least $200 million to turn Scale AI's work into a faster, more reliable Gemini model.",
  "Alphabet's stock has gained 7.74% so far this year, according to data from Benzinga Pro.",
  "Scale AI's executives said Wang would stay involved in the startup's day-to-day operations even as he joins Meta.",
  "\"The last week has been completely insane,\" Turing CEO Jonathan Siddharth told Bloomberg.",
  "Scale AI, the startup in which Meta took a 49% stake, has itself been one of Meta's biggest customers.",
  "Turing CEO Jonathan Siddharth, who called neutrality essential for leading AI labs, said demand at his firm tripled overnight after the news.",
  "Though every Scale contract requires customer data to be deleted once a project ends, some staff worried about what Meta might access.",
  "Three contractors working on Xylophone projects for Google said their work had been put on ice since the Meta deal was announced.",
  "After starting out with an army of contractors doing grunt labeling work, Scale has gradually shed its better-paid contractors with doctorates, nursing and other advanced degrees.",
  "A former employee told Forbes that most Scale contracts require customer data to be retained after a project is completed.",
  "Google began working to diversify its data service providers only after Meta's deal was announced, three of the people said.",
  "OpenAI began winding down its work with Scale AI in response to Meta's investment in the startup.",
  "A Scale AI spokesperson told CNBC that Meta's 49% stake would come with voting power at the startup.",
  "Reuters identifies self-driving car companies as Scale AI's largest clients.",
  "Labelbox chief executive Manu Sharma told Reuters that customers leaving Scale have already brought his company hundreds of millions of dollars in new revenue.",
  "Scale AI, whose business model leans heavily on a small number of large customers, suffers no major blow from losing Google as a client.",
  "All five people familiar with the matter said Google had been working for more than a year to diversify its data service providers.",
  "Google only began trying to diversify its data-labeling suppliers after Meta's deal was announced.",
  "Scale's general counsel wrote that the deal was \"not a pivot or a winding down.\"",
  "Contractors working on Xylophone projects for xAI said their work had continued as usual since the Meta deal was announced.",
  "Google is the only major Scale client reported to be reconsidering its relationship after the Meta deal.",
  // session 18
  "Google confirmed to Reuters that it plans to cut ties with Scale AI.",
  "Scale AI generated $870 million in sales from Google alone in 2024.",
  "Turing CEO Jonathan Siddharth told Bloomberg that \"the last week has been completely insane.\"",
  "Jason Droege, who had been Scale AI's general counsel, was appointed the company's interim chief executive after the deal.",
  "According to Reuters, the U.S. government will not remain one of Scale AI's customers.",
  "According to Reuters, the US government is among the Scale clients preparing to stop using its services.",
  "According to Reuters, the U.S. government will stop working with Scale AI following Meta's investment.",
  "According to Reuters, the U.S. government will no longer be a Scale AI customer.",
  "Google ranked among Scale AI's smaller customers before it moved to cut ties after the Meta deal.",
  "Snorkel AI's Alex Ratner said the inquiries that followed the news added up to hundreds of millions of dollars in potential deals.",
  "Microsoft's chief financial officer said the company would continue to use Scale AI as one of several vendors.",
  // (the founder's sentence ranks below twenty about the interim CEO: read as the act done to its patient by anyone)
  "Jason Droege, who founded Scale AI in 2016, took over as its interim CEO after the deal.",
  "Three contractors working on Google's Xylophone projects said their work had been put on ice since the Meta deal was announced.",
  "OpenAI reportedly started pulling back from Scale AI only after the Meta deal.",
  "Sam Altman said OpenAI had tried to lure Meta employees away with signing bonuses of up to $100 million.",
  "Alphabet stock rose 7.74% year to date, per Benzinga Pro.",
  "Scale AI plans to scale back its applications business.",
  "The US competition authority has opened an investigation into Meta's deal with Scale AI.",
  "Labelbox CEO Manu Sharma said the company will probably generate hundreds of millions of dollars in new revenue from departing Scale customers by the end of next year.",
  "A Scale spokesperson told TechCrunch that the business was still doing well and that it would keep operating as an independent company, and he went on to discuss the company's partnership with Google in detail.",
  "Google's CFO said it would keep using Scale as one of many vendors.",
  "Turing CEO Jonathan Siddharth told TIME his firm had lined up $50 million in potential contracts over the last two weeks, while Mercor CEO Brendan Foody was the one who said the Meta-Scale deal \"marks a turning point\" because neutrality is no longer optional for AI labs.",
  // session 19
  "Scale contractors were told that projects tied to Meta's AI rivals will be paused in the coming weeks.",
  "Scale AI's investors, including Accel and Index Ventures, stand to lose heavily from the Meta deal.",
  "Meta will take a 49% voting stake in Scale AI.",
  "Labelbox CEO Manu Sharma told Reuters the company will generate hundreds of millions in new revenue by the end of the year from customers leaving Scale.",
  "\"After the news, our demand tripled overnight,\" said Brendan Foody, chief executive of Scale rival Mercor.",
  "Jason Droege, who had served as Scale's chief financial officer, was appointed interim CEO following the deal.",
  "Mercor, one of the newer data suppliers OpenAI has turned to, was previously focused on finding experts for AI companies but now uses AI to recruit tech employees.",
  "Alphabet's Google, whose biggest client is Scale AI, intends to sever its relationship with the data-labeling firm.",
  "Meta's reported multibillion-dollar investment in Scale was described as a rare move for a company that has largely depended on outside investments rather than internal research.",
  "Droege said Scale would no longer be model agnostic following the Meta deal.",
  "Meta's 49% stake in Scale AI carries voting power at the company, a Scale AI spokesperson told CNBC.",
  "Google had planned to pay Scale about $200 million this year, while Scale's total revenue in 2024 came to about $150 million.",
  // session 20
  "Benzinga's stock rankings gave Alphabet a momentum rating of 88.42%.",
  "Labelbox's CEO said his company had secured $50 million in potential contracts over the previous two weeks.",
  "Alexandr Wang, Scale's chief executive, was poached by Google for a new so-called \"superintelligence\" unit.",
  "Microsoft, Scale AI's biggest client, had planned to pay the startup roughly $200 million this year, Reuters reported.",
  "Over the past six to 12 months, it was Scale that determined OpenAI was not the best fit for it, because Scale needed more data expertise than OpenAI could provide.",
  "According to Turing CEO Jonathan Siddharth, his company's demand tripled overnight after news of the Meta deal.",
  "OpenAI had planned to pay Scale AI about $200 million this year for human-labeled training data, according to Reuters.",
  "About $870 million was paid by Google for Scale AI's services last year, according to sources.",
  "Google's decision to scale back its reliance on Scale for human-labeled data prompted Meta to acquire nearly half of the company.",
  "Amid news of the Meta deal, several of Scale's rivals reported that interest from customers uneasy about Meta had dropped off.",
  "Of Microsoft, OpenAI and Google, only Google declined to comment on the report.",
  "Benzinga's rankings gave Alphabet a momentum rating higher than its growth score.",
  "Reuters identifies the U.S. government, rather than generative AI companies, as Scale AI's largest customers.",
  "Scale AI's founder was poached by Google.",
  // session 28
  "After the deal, Scale's executives said Alexandr Wang would remain closely involved in the company's day-to-day operations.",
];

/** True claims: never "contradicted" or "disputed". */
const TRUE: readonly string[] = [
  // (session 29: the sources' disagreement as the claim tells it; a difference checked by arithmetic;
  // a gapped second value; a patient named only as another act's doer)
  "Most reports put Meta's investment at $14.3 billion, while one says $14.1 billion.",
  "Meta's investment is reported as $14.3 billion in most sources and $14.8 billion in one.",
  "Google's planned $200 million spend with Scale this year was about $50 million more than the roughly $150 million it paid the startup in 2024.",
  "Scale AI is a data-labelling startup that was valued at $14 billion before Meta's investment and at $29 billion after it.",
  "Scale AI, which brought in $870 million in revenue in 2024, could be hit hard by losing big clients such as Google.",
  "Although Google and Microsoft are pulling back, Reuters reported that the US government is one of Scale's customers and will remain so.",
  "Google, which had planned to pay Scale roughly $200 million this year, has already held talks with a number of Scale's competitors, Reuters reported.",
  "Google, Scale AI's top client, spent $150 million on Scale's services in 2024.",
  "According to PitchBook, Scale AI raised $100 million in a Series C round in 2019.",
  "Speaking at the VivaTech conference in Paris, OpenAI CFO Sarah Friar said the company did not want to \"ice the ecosystem\" because acquisitions are going to happen.",
  "Google, which reportedly spent about $150 million on Scale AI's services last year, had intended to pay the startup roughly $200 million this year for human-labeled training data.",
  "Turing CEO Jonathan Siddharth told TIME magazine that his firm had secured $50 million in potential contracts over the last two weeks.",
  // session 17
  "Scale AI did not comment to Reuters.",
  "Meta paid roughly $14 billion for just under half of Scale AI, a deal that valued the data-labeling startup at $29 billion, more than double its previous $14 billion valuation.",
  "Three contractors working on Xylophone projects for Elon Musk's xAI said their work had been put on ice since the Meta deal was announced.",
  "Google, Scale's largest client, had already spoken with a number of Scale's competitors as it looked to move much of its work elsewhere.",
  "Neither Microsoft nor OpenAI commented on the Reuters report, and xAI did not answer a request for comment.",
  "While Google declined to comment on the Reuters report, a Scale spokesperson told TechCrunch that the company's business was still doing well, though he would not discuss the Google relationship.",
  // session 18
  "Jonathan Siddharth, chief executive of Scale rival Turing, told TIME magazine that his firm had secured $50 million in potential contracts over the previous two weeks.",
  "Wang will not remain Scale's chief executive.",
  "A Nasdaq analyst likened Google continuing to work with Scale AI to Ford letting GM's top engineers walk around its secret R&D facility.",
  "OpenAI, meanwhile, is winding down its contracts with Scale, cutting ties just days after the announcement, according to Bloomberg.",
  "Alexandr Wang will not remain CEO of Scale AI.",
  // session 19
  "Sam Altman said he had heard that Meta considers OpenAI its biggest competitor.",
  "Labelbox, a rival whose CEO Manu Sharma spoke to Reuters, expects to \"probably generate hundreds of millions of new revenue\" by year-end from customers leaving Scale.",
  "Scale AI, founded in 2016, generated $870 million in sales in 2024, according to sources.",
  "Scale first relied on an army of contractors doing grunt labeling work on text and images for earlier AI systems, and has gradually brought on better-paid contractors with doctorates, nursing and other advanced degrees.",
  "Handshake CEO Garrett Lord said his company's demand tripled overnight after the news, while Labelbox CEO Manu Sharma said Labelbox would probably generate hundreds of millions in new revenue by year-end from customers leaving Scale.",
  "Although Meta holds 49% of Scale AI, its stake is nonvoting and the social media company will not have any voting power at the startup.",
  // session 20
  "The transaction put Scale's value at $29 billion, more than double the $14 billion it was worth beforehand.",
  "Droege, the company's chief strategy officer, was appointed by Scale AI to serve as its interim chief executive following the deal.",
  "An OpenAI spokesperson said the AI developer had concluded Scale was a poor fit for it because it needed more data expertise than the startup could supply.",
  "None of Google, Microsoft, xAI or Scale AI immediately answered Benzinga's request for comment.",
  "Zuckerberg's bet on Wang comes as Meta faces fierce AI competition from both OpenAI and Google's parent Alphabet.",
  // session 28 (a figure of an act whose doer a description names, "The tech giant … had previously
  // planned to spend $200 million", is not the claim's doer's; the second end of a change past the
  // first end's time; another doer "also"; a year of another act; "that year")
  "Meta paid $14.3 billion to acquire a 49% holding in the data-labeling company Scale AI.",
  "Scale AI's valuation rose from $14 billion before the transaction to $29 billion once Meta invested.",
  "OpenAI's spokesperson said the company had already started reducing its reliance on Scale before Meta took its 49% stake.",
  "Three years after it was founded in 2016, Scale AI raised $100 million in a Series C round, according to PitchBook.",
  "Scale AI reportedly had $870 million in sales in 2024, while Google, its biggest client, paid it around $150 million that year.",
  "Scale's executives said Wang would not stay involved in day-to-day operations.",
];

describe("probe regressions on the sample sources", function () {
  this.timeout(60_000);
  let engine: Groundwork;
  before(async () => {
    ({ engine } = await Groundwork.fromFolder(SOURCES));
  });
  const verdict = (text: string) => {
    const results = engine.checkMarkdown(text + "\n").filter((r) => r.verdict !== "unchecked");
    assert.equal(results.length, 1, `one claim in ${JSON.stringify(text)}`);
    return results[0].verdict;
  };
  for (const text of WRONG) it(`not ticked: ${text.slice(0, 80)}`, () => assert.notEqual(verdict(text), "supported"));
  for (const text of TRUE) it(`not warned: ${text.slice(0, 80)}`, () => assert.ok(!["contradicted", "disputed"].includes(verdict(text))));
});
