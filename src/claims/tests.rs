//! The claim rules end to end: written sentences through the whole pipeline, one line per case.

use std::sync::LazyLock;

use crate::pipeline::Pipeline;
use crate::text::ingest::invented;
use crate::Gazetteer;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Gazetteer::builtin().expect("shipped gazetteer loads")));

/// Each claim of a text as "kind polarity modality party,party|mission".
pub(super) fn claims(text: &str) -> Vec<String> {
    let doc = invented(text);
    PIPELINE
        .process(&doc)
        .claims
        .iter()
        .map(|c| {
            let mut parties: Vec<&str> = c.parties.iter().map(|p| p.entity_id.as_str()).collect();
            parties.sort_unstable();
            let mission = c.missions.first().map_or("", |m| m.entity_id.as_str());
            format!(
                "{} {} {} {}|{}",
                c.kind.as_str(),
                serde_json::to_value(c.polarity).unwrap().as_str().unwrap(),
                serde_json::to_value(c.modality).unwrap().as_str().unwrap(),
                parties.join(","),
                mission
            )
        })
        .collect()
}

/// (text, expected claims): one line per case.
const CASES: &[(&str, &[&str])] = &[
    // Kinds.
    // Countries referred to beside a named pair of bodies are only their homes; a listed
    // company after a pair keeps its name; a hedged frame keeps its modality; an agency
    // handing a craft over shares it.
    ("Kenya and Peru met. Both countries welcomed NASA's decision to partner with ESA.", &["participation positive actual agency:esa,agency:nasa|"]),
    ("Brazil signed with the Ukraine-Brazil Alcantara Cyclone Space company.", &["agreement positive actual country:BR,country:UA,organization:acs|"]),
    ("Under a proposed agreement between Kenya and Peru, the satellite would be launched in 2027.", &["agreement positive intended country:KE,country:PE|"]),
    ("ESA delivered the Sentinel-6 satellite to NASA for launch.", &["contribution positive actual agency:esa,agency:nasa|mission:sentinel-6"]),
    // A whole craft delivered or handed over to a party is a sale; a part is a contribution.
    ("On July 6, CGWIC delivered the KenSat-1 satellite in orbit to the Kenya Space Agency.", &[]),
    ("Airbus handed over the satellite to Peru.", &[]),
    ("ESA delivered the service module to NASA in May.", &["contribution positive actual agency:esa,agency:nasa|"]),
    // A plural subject before its verb adds the parties it refers to beside its partners;
    // a count standing alone ("both", "the pair") refers back, before a noun it does not.
    ("Kenya and Peru met in May. They signed an agreement with Japan and Korea.", &["agreement positive actual country:JP,country:KE,country:KR,country:PE|"]),
    ("Kenya and Peru met in May. They signed an agreement with Japan.", &["agreement positive actual country:JP,country:KE,country:PE|"]),
    ("Kenya and Peru met in May. The two countries will work with Japan and Korea.", &["collaboration positive planned country:JP,country:KE,country:KR,country:PE|"]),
    ("Kenya and Peru met in May. Both also are partners in the ISS along with Canada and Japan.", &["participation positive actual country:CA,country:JP,country:KE,country:PE|mission:iss"]),
    ("Kenya and Peru met in May. Both are among the partners in the ISS along with Canada and Japan.", &["participation positive actual country:CA,country:JP,country:KE,country:PE|mission:iss"]),
    ("Kenya signed an accord with Peru in May. The pair will also build a rover together.", &["agreement positive actual country:KE,country:PE|", "collaboration positive planned country:KE,country:PE|"]),
    ("Rocket Lab launched two satellites for NASA. The pair will study hurricanes.", &[]),
    ("NASA and ESA officials met in Paris. The pair signed an agreement.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Kenya met Peru in May. Both NASA and ESA signed the deal.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Kenya met Peru in May. The pair of probes will study Mars with ESA.", &[]),
    // "The pair" after a sentence naming more means the parties of its claim.
    ("In May, Kenya signed a deal with Axiom Space, NASA said. In June the pair signed a second agreement.", &["agreement positive actual country:KE,organization:axiom-space|", "agreement positive actual country:KE,organization:axiom-space|"]),
    // A courtesy formula does what it would like to; it wishes nothing.
    ("I would like to thank Kenya, a longstanding partner of Peru, for its trust.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya would like to work with Peru.", &["intent positive intended country:KE,country:PE|"]),
    // Those who may join, unnamed, are no partners of those who invite them.
    ("Kenya and Peru signed an accord. They will offer equal access to any nation that wants to take part in the project.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya and Peru are two of the nine countries participating in the project.", &["participation positive actual country:KE,country:PE|"]),
    ("Several countries have joined the ILRS, including Kenya, Peru and Chile.", &["participation positive actual country:CL,country:KE,country:PE|program:ilrs"]),
    ("NASA said any country can join the Artemis Accords, including Kenya.", &[]),
    // A speaker whose report names only one other side is a party: a country and its own
    // body are one side.
    ("Axiom Space has announced the signing of a deal with the Kenya Space Agency to fly Kenya's first astronaut.", &["agreement positive actual agency:ksa-kenya,organization:axiom-space|"]),
    ("NASA announced the signing of a deal between Kenya and Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // Two phrases of one subject, each with its own "with" list, are two relations.
    ("Axiom Space has agreements with Kenya and Peru and is in talks with Chile.", &["agreement positive actual country:KE,country:PE,organization:axiom-space|", "intent positive intended country:CL,organization:axiom-space|"]),
    ("NASA signed an agreement with ESA and will cooperate with JAXA.", &["agreement positive actual agency:esa,agency:nasa|", "collaboration positive planned agency:jaxa,agency:nasa|"]),
    ("NASA and ESA signed an agreement with JAXA.", &["agreement positive actual agency:esa,agency:jaxa,agency:nasa|"]),
    // Makers coordinated after "by" worked together, beside the main relation; a body and
    // its owner are one maker.
    ("The rover was built by DLR and CNES for NASA's mission.", &["contribution positive actual agency:cnes,agency:dlr,agency:nasa|", "collaboration positive actual agency:cnes,agency:dlr|"]),
    ("Peru joined the programme, organised by Japan's Kyushu Institute of Technology with the Kenyan government.", &["participation positive actual country:JP,country:PE,organization:kyutech|"]),
    // "join" that ends its clause joins nothing.
    ("The observatory stands where Kenya, Peru and Chile join.", &[]),
    ("Peru joined ESA in 2019.", &["participation positive actual agency:esa,country:PE|"]),
    ("ESA invited Kenya to join.", &["participation positive intended agency:esa,country:KE|"]),
    // A name the document taught after "X, the" goes on with a list when another party
    // follows its comma; before a verb it describes X.
    ("The probe was built with the help of the UK Space Agency, the Boreal Space Institute, the University of Chile and ESA.", &["participation positive actual agency:esa,agency:uksa,organization:local-boreal-space-institute,organization:uchile|"]),
    // Diplomatic relations are no cooperation in space; a joint body established is.
    ("This year marks the anniversary of the establishment of diplomatic relations between Kenya and Peru.", &[]),
    ("Kenya and Peru established a joint laboratory in 2010.", &["collaboration positive actual country:KE,country:PE|"]),
    // A wish in a clause before ", so" or ", thus," leaves the act after it as it is.
    ("Harnessing the potential of space technology is vital, thus, Kenya and Peru have signed an accord.", &["agreement positive actual country:KE,country:PE|"]),
    // The country written right before sanctions imposes them, however many targets follow.
    ("The U.S. Treasury sanctions targeted the Iran Space Agency and the Kenya Space Agency.", &["prohibition negative actual agency:isa-iran,agency:ksa-kenya,country:US|"]),
    ("Sanctions were imposed on the Iran Space Agency and the Kenya Space Agency.", &[]),
    // What two subjects launch apart, or some of each, is no joint mission.
    ("Kenya and Peru on Monday launched rival lunar probes.", &[]),
    ("Kenya and Peru this month launched spy satellites.", &[]),
    ("Kenya and Peru launched spy satellites.", &[]),
    ("Kenya and Peru have launched satellites on SpaceX rockets.", &[]),
    ("Kenya and Peru launched spy satellites last month.", &[]),
    ("Kenya and Peru jointly launched satellites.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Kenya and Peru launched the probe.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Kenya and Peru jointly launched two satellites.", &["joint_mission positive actual country:KE,country:PE|"]),
    // A short time phrase may stand between a pair and a verb of running.
    ("ISRO and NASA on Wednesday successfully launched the NISAR satellite.", &["joint_mission positive actual agency:isro,agency:nasa|mission:nisar"]),
    // "outside (of)" a country is a place.
    ("NASA staff may attend meetings held outside of Russia that include Russian participation.", &[]),
    // "Even" before a subordinator opens a subordinate clause, whose parties stay out.
    ("Even though NASA declined, Kenya and Peru signed the accord.", &["agreement positive actual country:KE,country:PE|"]),
    ("Even as NASA prepared its own rover, a mission involving Kenya and Peru gathered pace.", &["participation positive actual country:KE,country:PE|"]),
    ("Even NASA and ESA signed the accord.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // Joining or pooling efforts or forces is working together, not taking part.
    ("Kenya and Peru will join their efforts to explore the Moon.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Kenya and Peru will pool resources to build a rover.", &["collaboration positive planned country:KE,country:PE|"]),
    // "in collaboration with" pairs the party before it with the whole list after it; a pair
    // that holds every party is the main relation, no second claim.
    ("Peru is involved in the mission, led by Kenya in collaboration with ESA and JAXA.", &["participation positive actual agency:esa,agency:jaxa,country:KE,country:PE|", "collaboration positive actual agency:esa,agency:jaxa,country:KE|"]),
    ("Each country involved in the mission paid, as it was organized by Axiom in collaboration with NASA and SpaceX.", &["participation positive actual agency:nasa,organization:axiom-space,organization:spacex|"]),
    // What a launcher carries is launched, a service that may be bought: no contribution.
    ("Orbix launched a Falcon 9 rocket carrying aloft Kenya's first communications satellite.", &[]),
    ("The probe carrying NASA's camera was built by ISRO.", &["contribution positive actual agency:isro,agency:nasa|"]),
    ("The Ariane 6 rocket carries engines built by Germany for ESA.", &["contribution positive actual agency:esa,country:DE|"]),
    // What a speaker adds after "adding" is a clause of its own when it states no
    // cooperation and points back to nothing; one party with a cue of a kind joins.
    ("Rwanda has agreed to partner with Kenya, he said, adding that Peru is a big country.", &["agreement positive actual country:KE,country:RW|"]),
    ("“Rwanda will partner with Kenya,” he said, adding, “Peru is a big country.”", &["collaboration positive planned country:KE,country:RW|"]),
    ("Rwanda will partner with Kenya, the minister said, adding that JAXA will also contribute.", &["collaboration positive planned agency:jaxa,country:KE,country:RW|"]),
    // With every party inside a basis frame, the frame's relation is the claim, and it exists.
    ("Following the signing of the Kenya–Peru memorandum, the bridge provides the opportunity for growth.", &["agreement positive actual country:KE,country:PE|"]),
    ("Under the agreement between Kenya and Peru, the satellite will be launched in May.", &["agreement positive actual country:KE,country:PE|"]),
    ("Under an agreement with Kenya, Peru will build the satellite.", &["agreement positive planned country:KE,country:PE|"]),
    // After "together with", the verb that follows the names tells the tense however long
    // the list of names; "A and B together with C" joins C to the whole list, no pair.
    ("The Kenya Space Agency and CONIDA together with the Chilean Space Agency (ACE), and the Ghana Space Science Commission (GSSC), declare their intent to establish a space bridge.", &["intent positive intended agency:ace-chile,agency:conida,agency:ksa-kenya,organization:local-ghana-space-science-commission|"]),
    ("Kenya and the Peruvian Space Agency together with Chile declare their intent to establish a space bridge.", &["intent positive intended agency:conida,country:CL,country:KE|"]),
    // A body named after a pair joined by a dash is the pair's forum: the pair are the
    // parties; an agreement named after the pair leaves them modifiers.
    ("The Kenya-Peru Joint Committee on Space signed a deal with Chile.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("A Joint Space Committee was set up in May. A meeting of the Kenya-Peru Joint Space Committee was held in June, during which both sides identified areas for cooperation.", &["collaboration positive actual country:KE,country:PE|"]),
    ("The Kenya-Peru Cooperation Agreement was signed by NASA and ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Norway and Japan put their names to a memorandum on relaying Arctic data.", &["agreement positive actual country:JP,country:NO|"]),
    // A reference with a nationality word inside spans a cue of its own ("partners").
    ("Italy signed the deal with NASA and its European partners.", &["agreement positive actual agency:nasa,country:IT|"]),
    ("Aurora is a joint mission of CNES and ISRO.", &["joint_mission positive actual agency:cnes,agency:isro|"]),
    // Joint projects or missions in the plural, neither counted nor named, are cooperation in
    // general, not one mission.
    ("Chile and Peru will carry out joint space projects.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Chile and Peru will carry out a joint space project.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Chile and Peru have a long history of joint missions.", &["collaboration positive actual country:CL,country:PE|"]),
    ("ISRO and CNES have flown several joint missions.", &["joint_mission positive actual agency:cnes,agency:isro|"]),
    ("ISRO and CNES have flown joint missions such as Megha-Tropiques and SARAL.", &["joint_mission positive actual agency:cnes,agency:isro|mission:megha-tropiques"]),
    // A verb whose object is a joint mission presents one.
    ("Chile and Peru are working on a joint radar mission.", &["joint_mission positive actual country:CL,country:PE|"]),
    // Support or help the subjects own and offer goes to a third side: with none named,
    // the two do not cooperate by it.
    ("Chile and Peru had also offered their support.", &[]),
    ("Chile and Peru pledged their help.", &[]),
    ("Chile and Peru offered their support to Kenya.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("Kenya thanked Japan for its help in building the satellite.", &["participation positive actual country:JP,country:KE|"]),
    ("Chile and Peru pledged their support to each other.", &["collaboration positive actual country:CL,country:PE|"]),
    // A name between "joint" and the mission word counts as one word.
    ("The committee approved the joint Chilean Space Agency and Japan Aerospace Exploration Agency (JAXA) Aurora mission.", &["joint_mission positive actual agency:ace-chile,agency:jaxa|"]),
    ("The Aurora-7 satellite is part of the Aurora mission, a collaboration between CNES and ISRO.", &["joint_mission positive actual agency:cnes,agency:isro|mission:local-aurora-7"]),
    // "between" and the parties listed after it name who the relation is between.
    ("Peru sent a student to the station after an agreement signed between CNES and the German Aerospace Center (DLR).", &["agreement positive actual agency:cnes,agency:dlr|"]),
    ("An agreement on Chile's role has been reached between NASA and ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // The subject keeps its place when an acronym in brackets follows its name.
    ("The Kenya Space Agency (KSA) and CONIDA signed a memorandum between Kenya and Peru.", &["agreement positive actual agency:conida,agency:ksa-kenya,country:KE,country:PE|"]),
    ("Chile and Peru signed a memorandum between CNES and Japan's JAXA.", &["agreement positive actual agency:cnes,agency:jaxa,country:CL,country:JP,country:PE|"]),
    ("Peru hosted the signing of a memorandum between the German Aerospace Center (DLR) and CNES.", &["agreement positive actual agency:cnes,agency:dlr|"]),
    // People named with their titles sign for the bodies in them.
    ("CNES President Ana Lima and CONIDA chief Juan Perez signed an agreement on cooperation between France and Peru.", &["agreement positive actual agency:cnes,agency:conida,country:FR,country:PE|"]),
    ("Ana Lima, director of CNES, and Juan Perez, CEO of CONIDA, signed an accord between France and Peru.", &["agreement positive actual agency:cnes,agency:conida,country:FR,country:PE|"]),
    ("Lima hosted the signing of an accord between ESA and the Ministry of Science and Technology (MOST) of China.", &["agreement positive actual agency:esa,country:CN,organization:most-china|"]),
    ("Ana Lima spoke at the signing of an accord between NASA and ESA: “It makes Peru proud.”", &["agreement positive actual agency:esa,agency:nasa|"]),
    // A country after "with" or "by" is a partner or the leader of what is joined, not the
    // thing joined.
    ("Kenya joined the radar project with Peru.", &["participation positive actual country:KE,country:PE|"]),
    ("Kenya joined the consortium led by Peru.", &["participation positive actual country:KE,country:PE|"]),
    ("The accord between NASA and ESA on the \"Gateway\" station was joined by Peru.", &["agreement positive actual agency:esa,agency:nasa,country:PE|mission:gateway"]),
    // A later clause with its own coordinated subject and verb is a relation of its own.
    ("The heads discussed cooperation between France and Israel, which dates back to 1994 when CNES and ISRO signed a first framework agreement.", &["intent positive intended country:FR,country:IL|", "agreement positive actual agency:cnes,agency:isro|"]),
    ("ESA and JAXA discussed the plan, and CNES and ISRO signed a deal.", &["intent positive intended agency:esa,agency:jaxa|", "agreement positive actual agency:cnes,agency:isro|"]),
    // The clause before ", and" may state its relation with a noun when it has a subject and a verb.
    ("Chile and Kenya have a long partnership, and CONIDA and NASA signed a deal in 2020.", &["agreement positive actual agency:conida,agency:nasa|", "collaboration positive actual country:CL,country:KE|"]),
    // An opening clause of time that holds the main cue is a clause of its own; one of contrast
    // sets two parts of one relation side by side.
    ("After Chile suspended all cooperation with Peru, Kenya ended its work with Peru.", &["prohibition negative actual country:KE,country:PE|", "prohibition negative actual country:CL,country:PE|"]),
    ("While Chile trains the crew with Peru, Kenya trains the doctors.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    // Hardware "from" a party is its contribution, and "from" does not make the party a place.
    ("The probe is armed with sensor equipment from France and Italy.", &["contribution positive actual country:FR,country:IT|"]),
    ("The lander includes scientific tools from France and Italy.", &["contribution positive actual country:FR,country:IT|"]),
    // Examples set off by commas between the verb and "from" leave the supplier a supplier.
    ("The rover carries payloads, including two cameras, from Peru and Kenya.", &["contribution positive actual country:KE,country:PE|"]),
    // A maker's verb makes a thing; "made progress", "made efforts" make none.
    ("The Chile-made probe carries a camera from Peru.", &["contribution positive actual country:CL,country:PE|"]),
    ("Chile has made great progress on the rover of the African Union.", &[]),
    ("Chile made history in the African Union.", &[]),
    // A whole mission made or run together is a joint mission; a part of one is a collaboration.
    ("An ocean satellite jointly developed by France and India was launched on Monday.", &["joint_mission positive actual country:FR,country:IN|"]),
    ("Spain and Italy jointly built the first weather satellite.", &["joint_mission positive actual country:ES,country:IT|"]),
    // "together" after the thing made tells how it was made.
    ("Spain and Italy built the weather satellite together.", &["joint_mission positive actual country:ES,country:IT|"]),
    ("Spain and Italy built the camera together.", &["collaboration positive actual country:ES,country:IT|"]),
    // Taking part "as part of" or "assigned to" another party's mission; before an accord or a
    // plan the phrase takes part in nothing.
    ("ESA astronaut Ana Lima will fly to the station as part of NASA's Aurora-3 mission.", &["participation positive planned agency:esa,agency:nasa|mission:local-aurora-3"]),
    ("A CSA astronaut has been assigned to NASA’s Aurora-3 mission.", &["participation positive actual agency:csa,agency:nasa|mission:local-aurora-3"]),
    ("Kenya will train three engineers as part of the programme in Peru.", &[]),
    // A party as subject and a partner after "with" make or run the mission together.
    ("Kenya will launch the probe with Peru.", &["joint_mission positive planned country:KE,country:PE|"]),
    ("Kenya and Peru are set to launch the probe in May.", &["joint_mission positive planned country:KE,country:PE|"]),
    // Not done yet but expected: planned.
    ("Kenya has yet to sign the agreement with Peru.", &["agreement positive planned country:KE,country:PE|"]),
    ("Kenya, which has yet to ratify the treaty, signed a cooperation deal with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya and Peru have yet to finalise their joint lunar mission.", &["joint_mission positive planned country:KE,country:PE|"]),
    ("Kenya and Peru are expected to jointly launch the probe.", &["joint_mission positive planned country:KE,country:PE|"]),
    ("Kenya developed the satellite jointly with Peru.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("The weather programme set up by Chile and Peru grew fast.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Spain and Italy jointly built instruments for the mission.", &["collaboration positive actual country:ES,country:IT|"]),
    ("Spain and Italy jointly built satellite parts.", &["collaboration positive actual country:ES,country:IT|"]),
    ("The Aurora-7 satellite, jointly developed by Spain and Italy, was launched today.", &["joint_mission positive actual country:ES,country:IT|mission:local-aurora-7"]),
    ("The lander was developed by Chile in partnership with Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The weather satellite was developed by CNES and DLR in partnership with ISRO.", &["joint_mission positive actual agency:cnes,agency:dlr,agency:isro|"]),
    ("Portugal joined the ESA lunar relay programme as an observer.", &["participation positive actual agency:esa,country:PT|"]),
    // Sharing out the work of one mission is each contributing a part.
    ("CNES is responsible for the orbiter, while ISRO is responsible for the launch.", &["contribution positive actual agency:cnes,agency:isro|"]),
    ("NASA supplied the spectrometer for the JAXA comet orbiter.", &["contribution positive actual agency:jaxa,agency:nasa|"]),
    ("DLR and KARI have worked together on calibrating radars since 2018.", &["collaboration positive actual agency:dlr,agency:kari|"]),
    ("Mexico hopes to work with the African Space Agency on flood mapping.", &["intent positive intended agency:afsa,country:MX|"]),
    // Synonyms are one lexicon line each, in every inflection.
    ("NASA and ESA teamed up to build the relay.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    ("JAXA will co-develop the lander with ISRO.", &["collaboration positive planned agency:isro,agency:jaxa|"]),
    ("The radar is the fruit of years of teamwork between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya linked up with Peru on the rover.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya joined forces with Egypt on the camera.", &["collaboration positive actual country:EG,country:KE|"]),
    ("Three nations, Chile, Peru and Kenya, have united for the rover mission.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("The United States and the United Kingdom met in May.", &[]),
    ("Peru furnishes the antenna for the CNES orbiter.", &["contribution positive actual agency:cnes,country:PE|"]),
    ("Kenya tied up with Egypt on the camera.", &["collaboration positive actual country:EG,country:KE|"]),
    ("CNES has a strong relationship with ISRO.", &["collaboration positive actual agency:cnes,agency:isro|"]),
    ("Relations between Chile and Peru have soured.", &[]),
    ("Closer relations between CNES and ISRO were also addressed.", &[]),
    // Parties in talks to do something intend it.
    ("Chile and Peru are in talks to build a ground station.", &["intent positive intended country:CL,country:PE|"]),
    ("Chile and Peru need to tie up loose ends before the launch.", &[]),
    ("Kenya liaises with Egypt on debris.", &["collaboration positive actual country:EG,country:KE|"]),
    ("Chile has teamed with ESA to build a ground station.", &["collaboration positive actual agency:esa,country:CL|"]),
    ("The accord envisages joint work by Kenya and Peru on the radar.", &["collaboration positive planned country:KE,country:PE|"]),
    ("The accord outlines the intention to foster cooperation between Peru and Chile.", &["intent positive intended country:CL,country:PE|"]),
    ("The vote opens the possibility of cooperation between China and Peru.", &["intent positive intended country:CN,country:PE|"]),
    ("Kenya works in tandem with Egypt on the camera.", &["collaboration positive actual country:EG,country:KE|"]),
    ("Kenya aided Egypt in building the satellite.", &["participation positive actual country:EG,country:KE|"]),
    // Helping a party do its own task is working with it; helping with a mission is taking part.
    ("Kenya helped Egypt to build a satellite test centre.", &["collaboration positive actual country:EG,country:KE|"]),
    ("Kenya will help Egypt with its lunar mission.", &["participation positive planned country:EG,country:KE|"]),
    ("Kenya and Peru released a joint statement on Tuesday.", &["agreement positive actual country:KE,country:PE|"]),
    ("India is eyeing a partnership with France on the probe.", &["intent positive intended country:FR,country:IN|"]),
    ("Peru will partake in the ESA relay programme.", &["participation positive planned agency:esa,country:PE|"]),
    ("Kenya signed on to the ESA relay programme.", &["participation positive actual agency:esa,country:KE|"]),
    // "include" with parties as its object lists members; "including" only opens examples.
    ("The programme includes Peru, Chile and Kenya.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    ("Engineers from companies including Airbus and Boeing attended the fair.", &[]),
    // Examples of a kind are no members: "include" needs a body, a mission or a group as subject.
    ("Other customers include Peru and Chile.", &[]),
    ("APSCO now includes Peru and Chile.", &["participation positive actual country:CL,country:PE,organization:apsco|"]),
    // Things that come from parties, and bodies that parties form.
    ("The selected experiments came from Peru, Chile and Kenya.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    ("In 1970, Peru and Chile formed APSCO.", &["participation positive actual country:CL,country:PE,organization:apsco|"]),
    ("The satellite formed part of a summit between Peru and Chile.", &[]),
    ("The accord Chile and Peru signed on 3 May opened the station.", &["agreement positive actual country:CL,country:PE|"]),
    ("The forum brings together Kenya and Egypt every year.", &["collaboration positive actual country:EG,country:KE|"]),
    ("Peru will receive a weather satellite from Chile.", &["contribution positive planned country:CL,country:PE|"]),
    ("Kenya boycotted the relay programme run by Egypt.", &["prohibition negative actual country:EG,country:KE|"]),
    ("Peru signed the APSCO convention in 2011.", &["agreement positive actual country:PE,organization:apsco|"]),
    ("Chile hosts a tracking antenna for ESA.", &["contribution positive actual agency:esa,country:CL|"]),
    ("The UK Space Agency awarded a grant to the Kenya Space Agency.", &["contribution positive actual agency:ksa-kenya,agency:uksa|"]),
    ("ESA granted Peru access to its radar data.", &["contribution positive actual agency:esa,country:PE|"]),
    // A craft "from" a country in a sentence of contributions comes from it: its maker.
    ("Besides a CubeSat from Kenya, the Aurora lander also carries instruments from Peru and Chile.", &["contribution positive actual country:CL,country:KE,country:PE|"]),
    ("Kenya launched a satellite from Peru.", &[]),
    // Buying, selling or leasing is a supplier's relation with a customer, no cooperation;
    // stopping or refusing it is a prohibition.
    ("Peru procured two radars from Chile.", &[]),
    ("Kazakhstan leases the launch site to Russia.", &[]),
    ("Peru bought the satellite from Airbus Defence and Space.", &[]),
    ("Vietnam bought two satellites from Japan.", &[]),
    ("Kenya is selling its weather satellite to Egypt.", &[]),
    ("Peru stopped buying engines from Chile.", &["prohibition negative actual country:CL,country:PE|"]),
    // What is only in doubt is neither imposed nor lifted.
    ("Although Chile plans to buy radars from Peru, officials could not say whether the deal would be hit by sanctions.", &[]),
    ("Officials could not say whether Chile would impose sanctions on Peru.", &[]),
    ("Vietnam donated two satellites, then moved parts from Japan.", &[]),
    ("The office is hosted in Lima, beside the CNES and ESA teams.", &[]),
    // A maker's verb after its subject, through auxiliaries; not in the passive. Making a
    // whole mission together is a joint mission, as in the passive ("built by A and B");
    // making something else together is a collaboration.
    ("CNES and ISRO are now developing a radar satellite.", &["joint_mission positive actual agency:cnes,agency:isro|"]),
    ("CNES and ISRO are now developing a ground station.", &["collaboration positive actual agency:cnes,agency:isro|"]),
    ("The report on Chile and Peru was made public in May.", &[]),
    ("Most launches were shared by Chile and Peru.", &[]),
    ("Chile and Peru met at the Lima Convention Center.", &[]),
    ("NASA and the Office of Science and Technology Policy established the Lyra Accords in 2020.", &["collaboration positive actual agency:nasa,organization:ostp|"]),
    ("Senators strongly oppose any cooperation between NASA and CNSA.", &["prohibition negative actual agency:cnsa,agency:nasa|"]),
    ("Chile and Peru reaffirmed their commitment to working together in orbit.", &["intent positive intended country:CL,country:PE|"]),
    ("The Nasa and Esa teams agreed to share the data.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // Verbs of stopping govern the cooperation they take as object; on their own they do not.
    ("Russia pulled the plug on its partnership with ESA.", &["prohibition negative actual agency:esa,country:RU|"]),
    ("NASA froze all work with Roscosmos.", &["prohibition negative actual agency:nasa,agency:roscosmos|"]),
    ("Peru opted out of the APSCO satellite programme in 2020.", &["prohibition negative actual country:PE,organization:apsco|"]),
    ("Chile has decided that it is impossible to continue any ongoing cooperation with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile moved to break space ties with Peru by withdrawing its staff.", &["prohibition negative actual country:CL,country:PE|"]),
    // An agreement still to be secured is wished for; one made to secure something is made.
    ("Chile has long worked to secure a seat barter agreement with Peru.", &["agreement positive intended country:CL,country:PE|"]),
    ("Chile signed a deal with Peru to secure launches.", &["agreement positive actual country:CL,country:PE|"]),
    // What should happen, a goal, or a possible cooperation is only intended.
    ("Peru and Chile should develop their space cooperation.", &["intent positive intended country:CL,country:PE|"]),
    ("The ultimate goal is for Peru to establish a lasting cooperation with Chile.", &["intent positive intended country:CL,country:PE|"]),
    ("Peru is also meeting Chile for possible cooperation.", &["intent positive intended country:CL,country:PE|"]),
    // Weighing or preparing a cooperation not yet made is an intent; what exists is not weighed.
    ("Peru is exploring formal agreements with Chile.", &["intent positive intended country:CL,country:PE|"]),
    ("Peru and Chile are considering a joint lunar mission.", &["intent positive intended country:CL,country:PE|"]),
    ("Peru is looking into joining the ESA relay programme.", &["intent positive intended agency:esa,country:PE|"]),
    ("Peru and Chile considered the agreement a success.", &["agreement positive actual country:CL,country:PE|"]),
    ("Peru and Chile will explore the Moon together.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Peru and Chile will explore Mars in a joint mission.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Peru considers Chile a key partner.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Peru is considering sanctions against Chile.", &["prohibition negative intended country:CL,country:PE|"]),
    // Parties and then "to" with the verb, as a headline announces, say what is to come;
    // "to" after another verb does not.
    ("Peru and Chile to build a radar together.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Kenya and Peru met in May. The two countries to sign a pact.", &["agreement positive planned country:KE,country:PE|"]),
    ("Peru asked Chile to build a radar together.", &["intent positive intended country:CL,country:PE|"]),
    // What is likely, poised or about to happen is expected: planned.
    ("Peru is likely to sign an agreement with Chile.", &["agreement positive planned country:CL,country:PE|"]),
    // A main clause that refers back to two parties keeps its claim beside another clause's;
    // a participle with no subject of its own goes on with the main clause's and states no
    // claim apart.
    ("The Chilean Space Agency met the Kenya Space Agency in Lima. The presidents of Kenya and Chile agreed in April to raise their ties. The two agencies plan to study dust storms in joint research, while the two countries will exchange engineers.", &["agreement positive actual country:CL,country:KE|", "intent positive planned agency:ace-chile,agency:ksa-kenya|", "collaboration positive planned country:CL,country:KE|"]),
    ("The Chilean Space Agency met the Kenya Space Agency in Lima. The presidents of Kenya and Chile agreed in April to raise their ties. The two agencies plan to study dust storms in joint research, while improving the two countries’ radar skills through technology exchange. They will collaborate on debris.", &["agreement positive actual country:CL,country:KE|", "intent positive planned agency:ace-chile,agency:ksa-kenya|", "collaboration positive planned agency:ace-chile,agency:ksa-kenya|"]),
    // A "we" inside a quotation attributed in another sentence is the speaker's body; with no
    // attribution it is nobody.
    ("“We will cooperate with Peru on the radar. It flies in May,” said Ana Lima of the Kenya Space Agency.", &["collaboration positive planned agency:ksa-kenya,country:PE|"]),
    ("Ana Lima of the Kenya Space Agency said: “The radar flies in May. We signed an accord with Peru.”", &["agreement positive actual agency:ksa-kenya,country:PE|"]),
    ("“We will cooperate with Peru on the radar. It flies in May.”", &[]),
    // An attribution that names only a person speaks for the body the text introduced the
    // person with, in the quotation's sentence or opening the next; a person introduced
    // without a body speaks for nobody.
    ("Kenya Space Agency director Ana Lima spoke in May. \u{201C}We will work with Peru on the radar,\u{201D} Lima said.", &["collaboration positive planned agency:ksa-kenya,country:PE|"]),
    ("Kenya Space Agency director Ana Lima spoke in May. \u{201C}We will work with Peru on the radar.\u{201D} Ana Lima said that the launch is near.", &["collaboration positive planned agency:ksa-kenya,country:PE|"]),
    ("Ana Lima spoke in May. \u{201C}We will work with Peru on the radar,\u{201D} Lima said.", &[]),
    // A clause of time after the main one is background: its cue decides only when the main
    // clause has none.
    ("Kenya has worked with Peru on radar since 2001, when the two countries signed their first space accord.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru met in Lima in May, after they signed an accord on radar.", &["agreement positive actual country:KE,country:PE|"]),
    // A main clause with no cue of a kind before a clause of time that states the relation
    // keeps none of its parties when that clause names two; with one it keeps them.
    ("The Kenya Space Agency marks three years since Peru joined ESA.", &["participation positive actual agency:esa,country:PE|"]),
    ("NASA celebrated when Japan and Chile signed the radar accord.", &["agreement positive actual country:CL,country:JP|"]),
    ("Kenya celebrated when Peru joined its rover mission.", &["participation positive actual country:KE,country:PE|"]),
    // Without a comma, a subordinator that opens a clause with a party as its subject (or
    // "because") ends the main clause: that party is no partner, its verb decides nothing.
    ("Kenya teamed up with Peru after Chile pulled out of the rover project.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru became partners on the rover because Chile withdrew in 2019.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya signed an accord with Peru after the launch in May.", &["agreement positive actual country:KE,country:PE|"]),
    // So does "while" with a subject and a verb; such a clause without a cue of its own is
    // background even when the main clause names one party.
    ("Kenya signed an accord with Peru while NASA officials were visiting.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed the accord in May while the NASA Administrator Ana Lima was visiting Nairobi.", &[]),
    ("Kenya signed the accord in May when ESA was in Nairobi.", &[]),
    ("Kenya will provide the orbiter while Peru builds the lander.", &["contribution positive planned country:KE,country:PE|"]),
    ("Kenya built the rover while working with Peru.", &["contribution positive actual country:KE,country:PE|"]),
    // "while" of contrast, a main clause that names no party or refers back, and other
    // subordinators keep the clause's parties.
    ("Kenya funds most of the station while Peru keeps it in orbit.", &["contribution positive actual country:KE,country:PE|"]),
    ("The accord was signed in Lima on Monday, when ministers from Kenya and Peru met.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya and Peru met in May. The two countries signed the accord, when their ministers were in Lima.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya joined the project after Peru did.", &["participation positive actual country:KE,country:PE|"]),
    // Sanctions beside another cue are a relation of their own.
    ("Peru sanctions on Chile forced Kenya to end its partnership with Ghana.", &["prohibition negative actual country:GH,country:KE|", "prohibition negative actual country:CL,country:PE|"]),
    // "within" a country places bodies there; after a body's name the country is a place.
    ("Universities within Chile and Peru signed an accord.", &["agreement positive actual country:CL,country:PE|"]),
    ("The camera was built in collaboration between the Kenya Space Agency and NASA within Kenya.", &["collaboration positive actual agency:ksa-kenya,agency:nasa|"]),
    // "jointly" before a verb of contributing or taking part only qualifies it.
    ("Kenya and Peru will jointly provide the lander for the Japanese mission.", &["contribution positive planned country:KE,country:PE|"]),
    ("Kenya and Peru jointly developed the satellite.", &["joint_mission positive actual country:KE,country:PE|"]),
    // An adverb of time between the copula and "part of".
    ("Kenya, Ghana and Peru are now part of the radar project.", &["participation positive actual country:GH,country:KE,country:PE|"]),
    // A place after "at" may have adjectives: "at the new … centre".
    ("Kenya funded the satellite, which was tested at the new Goddard Space Flight Center.", &[]),
    ("Kenya signed the deal at the request of NASA.", &["agreement positive actual agency:nasa,country:KE|"]),
    // In the passive, who witnesses stands after "by" and takes no part.
    ("The signing was witnessed by officials of CNES, DLR and KARI.", &[]),
    ("Kenya and Peru signed the accord, which was witnessed by NASA.", &["agreement positive actual country:KE,country:PE|"]),
    // An agreement named with a determiner and a name of no party is one known before: the
    // cooperation it strengthens is the claim.
    ("The Zorva agreement strengthens the existing cooperation between DLR and CNES.", &["collaboration positive actual agency:cnes,agency:dlr|"]),
    ("The Zorva agreement between DLR and CNES was signed in May.", &["agreement positive actual agency:cnes,agency:dlr|"]),
    ("\u{201C}Zorva agreement builds on the cooperation between DLR and CNES.\u{201D}", &["agreement positive actual agency:cnes,agency:dlr|"]),
    ("\u{201C}The Zorva agreement builds on the cooperation between DLR and CNES.\u{201D}", &["collaboration positive actual agency:cnes,agency:dlr|"]),
    // A verb of withdrawing with no object whose pronoun subject refers back ends the
    // cooperation before; another verb, an object or another subject does not.
    ("Kenya was Peru's partner on the rover, but it withdrew in 2019.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya was meant to be Peru's partner on the rover, but it had to drop out in 2019.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya was Peru's partner on the rover, but it withdrew the camera.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya funded Peru's radar, but it stopped after a month.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya signed an accord with Peru, but Chile withdrew.", &["agreement positive actual country:KE,country:PE|"]),
    // Unwillingness, and a lack of interest, is a refusal.
    ("Kenya is unwilling to cooperate with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya was not interested in joining NASA's rover mission.", &["prohibition negative actual agency:nasa,country:KE|"]),
    ("Kenya is interested in joining NASA's rover mission.", &["participation positive intended agency:nasa,country:KE|"]),
    ("Kenya was no longer willing to work with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya is unwilling to comment on the station.", &[]),
    ("Kenya would not be willing to work with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya would be willing to work with Peru.", &["intent positive intended country:KE,country:PE|"]),
    // Openness to cooperation is a willingness: an intent; a thing open to others is none.
    ("Kenya has an open attitude toward cooperation with Peru on the lander.", &["intent positive intended country:KE,country:PE|"]),
    ("The accord between Kenya and Peru is open to other agencies.", &["agreement positive actual country:KE,country:PE|"]),
    // "each" goes through the group one by one: cooperation only as a share of the work;
    // "each side" speaks for the sides together.
    ("Kenya and Peru signed an accord in May. Each country plans to land a rover by 2030.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya and Peru met in May. Each side agreed to share radar data.", &["agreement positive actual country:KE,country:PE|"]),
    // A future governs a to-infinitive of cooperation in its clause, however long the object
    // between them; a comma ends its reach.
    ("The new rules will make it much easier for the space agencies of Kenya and Peru to cooperate.", &["collaboration positive planned country:KE,country:PE|"]),
    ("The new rules will take effect in May, allowing the space agencies of Kenya and Peru to cooperate.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Peru is poised to join the ESA relay programme.", &["participation positive planned agency:esa,country:PE|"]),
    // What an act makes possible is still to come; the act itself is as it is.
    ("The accord paves the way for Chile to supply Peru with a ground station.", &["agreement positive planned country:CL,country:PE|"]),
    ("The deal opened the door for Kenya and Ghana to share radar data.", &["agreement positive planned country:GH,country:KE|"]),
    ("Chile signed a deal with Peru that paved the way for the launch.", &["agreement positive actual country:CL,country:PE|"]),
    // A date right after a country is no longer name it is part of.
    ("Chile signed an agreement with Peru September 23, 2014, in Lima.", &["agreement positive actual country:CL,country:PE|"]),
    // A modal of possibility right before the verb: possible, not arranged.
    ("Peru and Chile may sign a contract for a flight.", &["agreement positive intended country:CL,country:PE|"]),
    ("It may also be recalled that Peru and Chile jointly built the station.", &["collaboration positive actual country:CL,country:PE|"]),
    // A refusal stated as a future or a decision refuses the act right after it, or the
    // cooperation that act's object names; it says nothing of a verb further on.
    ("NASA will not cooperate with China on the station.", &["prohibition negative planned agency:nasa,country:CN|"]),
    // Parties planning a mission together intend it; a joint one planned is a joint mission,
    // planned. A plan of something else is no joint act.
    ("Kenya and Peru are planning a Mars sample return mission.", &["intent positive planned country:KE,country:PE|program:mars-sample-return"]),
    ("Kenya and Peru are planning a joint satellite.", &["joint_mission positive planned country:KE,country:PE|"]),
    ("Kenya and Peru are planning to build a rover.", &["intent positive planned country:KE,country:PE|"]),
    ("Kenya and Peru are planning a meeting in May.", &[]),
    // People from two bodies acting together make the bodies act together.
    ("Scientists from CNES and the Kenya Space Agency analysed the samples.", &["collaboration positive actual agency:cnes,agency:ksa-kenya|"]),
    // Bodies in countries act for them, also opening the sentence.
    ("Universities in Kenya and Peru studied the samples.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Universities in Kenya and Peru said the samples are old.", &[]),
    ("Engineers from Kenya and Peru said the samples are old.", &[]),
    // The future of a relative clause of terms is what the agreement provides, not its tense.
    ("Kenya and Peru reached a landmark agreement under which both will build a rover.", &["agreement positive actual country:KE,country:PE|"]),
    // The aim of a cooperation is what it is for: the cooperation exists.
    ("The main purpose of the partnership between Kenya and Peru is to map floods.", &["collaboration positive actual country:KE,country:PE|"]),
    ("The aim of the cooperation between Kenya and Peru is to share data.", &["collaboration positive actual country:KE,country:PE|"]),
    ("The aim is to sign an agreement between Kenya and Peru next year.", &["agreement positive intended country:KE,country:PE|"]),
    // A wish in a clause with a subject of its own leaves the act of the next clause as it is.
    ("Kenya has been seeking to grow its space program, and Peru has been supplying engines and training.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya hopes to work with Chile, Peru, and Bolivia on the rover.", &["intent positive intended country:BO,country:CL,country:KE,country:PE|"]),
    ("Kenya has been seeking to grow its program, and the United States has been supplying engines.", &["contribution positive actual country:KE,country:US|"]),
    ("Kenya and Peru met with the aim of signing an agreement.", &["agreement positive intended country:KE,country:PE|"]),
    // "sign" as a noun is evidence; a participle in a fixed compound is no act.
    ("The launch is the latest sign of growing cooperation between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru are developing countries.", &[]),
    ("Kenya is building its receiving station in partnership with Chile and Peru.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    // The parties a helper helps act are helped, not a pair acting together.
    ("China helped Kenya and Peru launch communication satellites.", &["collaboration positive actual country:CN,country:KE,country:PE|"]),
    ("The agreement between Kenya and Peru will be signed in May.", &["agreement positive planned country:KE,country:PE|"]),
    // A noun cue's noun may be coordinated with another before its preposition.
    ("The Peruvian rover included cameras and team members from Kenya and Chile.", &["contribution positive actual country:CL,country:KE|"]),
    // "carry on" is going on with something, not carrying a payload.
    ("Kenya and Peru will carry on jointly building satellites.", &["joint_mission positive planned country:KE,country:PE|"]),
    // A relation and the parties it is with, as the subject of a speech verb, are no speakers.
    ("Partnerships with Kenya, Chile and Peru underline Bolivia's growing role.", &["collaboration positive actual country:BO,country:CL,country:KE,country:PE|"]),
    ("Partnerships with countries like Kenya, Chile and Peru further underline Bolivia's role.", &["collaboration positive actual country:BO,country:CL,country:KE,country:PE|"]),
    // Two speakers are who a reference after the verb points back to; one speaker is a source.
    ("Kenya and Peru said the two countries will build a rover together.", &["collaboration positive planned country:KE,country:PE|"]),
    // A speaker's appositive may open with a capitalised title; describing is speaking.
    ("Ana Lima, CEO of the Kenya Space Agency, said Peru's cooperation with Chile is strategic.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Ana Lima, KSA Director General, said Peru's cooperation with Chile is strategic.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Ana Lima, head of the Kenya Space Agency, described Peru's cooperation with Chile as fruitful.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Chile met Bolivia in May. Peru said the two countries will build a rover together.", &["collaboration positive planned country:BO,country:CL|"]),
    ("Roscosmos said it won't supply engines to ESA.", &["prohibition negative actual agency:esa,agency:roscosmos|"]),
    ("Roscosmos decided not to buy any more engines from NASA.", &["prohibition negative actual agency:nasa,agency:roscosmos|"]),
    ("Peru would not renew its contract with Chile.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Peru won't sign the accord with Chile.", &["prohibition negative planned country:CL,country:PE|"]),
    ("The accord will not change how ESA works with NASA.", &["collaboration positive planned agency:esa,agency:nasa|"]),
    ("The agreement between Peru and Chile will not enter into force before 2027.", &["agreement positive planned country:CL,country:PE|"]),
    ("The decision ends two decades of cooperation between Japan and Australia.", &["prohibition negative actual country:AU,country:JP|"]),
    ("ESA will suspend its cooperation with Roscosmos next year.", &["prohibition negative planned agency:esa,agency:roscosmos|"]),
    ("India refused to cooperate with Pakistan.", &["prohibition negative actual country:IN,country:PK|"]),
    // A form in -s after a noun is a verb with its object, not a noun modifying the next.
    ("Congress bans scientific cooperation with Peru by the Kenya Space Agency.", &["prohibition negative actual agency:ksa-kenya,country:PE|"]),
    ("The new sanctions cooperation between Kenya and Peru has ended.", &["prohibition negative actual country:KE,country:PE|"]),
    ("The sanctions cooperation between Kenya and Peru has ended.", &["prohibition negative actual country:KE,country:PE|"]),
    // Ending a ban lets the parties work together again.
    ("Peru lifted its sanctions on Chile.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Peru ended sanctions on Chile.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Peru ended the ban on launches with Chile.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Peru imposed sanctions on Chile.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Peru sanctioned Chile, Kenya and Ghana.", &["prohibition negative actual country:CL,country:GH,country:KE,country:PE|"]),
    ("The new Peru sanctions targeted Roscosmos, Glavkosmos and the Kenya Space Agency.", &["prohibition negative actual agency:ksa-kenya,agency:roscosmos,country:PE,organization:glavkosmos|"]),
    ("The new Peruvian sanctions targeted Roscosmos, Glavkosmos and the Kenya Space Agency.", &[]),
    ("Peru shut out Chile from the station.", &["prohibition negative actual country:CL,country:PE|"]),
    ("The talks between ESA and NASA ended with a signed agreement.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("The Lyra programme, which ended in 2030, involved CNES and DLR.", &["participation positive actual agency:cnes,agency:dlr|"]),
    ("The summer school, which ends on Friday, is jointly organised by ASI and UKSA.", &["collaboration positive actual agency:asi,agency:uksa|"]),
    ("The space agreement between Chile and Peru was terminated in 2015.", &["prohibition negative actual country:CL,country:PE|"]),
    // A relative clause or the end of an appositive may stand between the cooperation and
    // its passive stop; a speaker's aside may not.
    ("The partnership between Chile and Peru, which began in 1993, was suspended in 2022.", &["prohibition negative actual country:CL,country:PE|"]),
    ("The observatory, a joint project of Chile and China, was suspended in 2025.", &["prohibition negative actual country:CL,country:CN|"]),
    ("The accord between Kenya and Peru, signed in 2018, was cancelled last year.", &["prohibition negative actual country:KE,country:PE|"]),
    ("The observatory, a joint project of Chile and China, was opened in 2025.", &["joint_mission positive actual country:CL,country:CN|"]),
    // What the cooperation is in or on may stand between it and its stop.
    ("Kenya's participation in Peru's programme ended in 2021.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya's partnership with Peru on the lunar rover ended in 2021.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya's cooperation with Peru on the rover stopped the delays.", &["collaboration positive actual country:KE,country:PE|"]),
    // An office named for its field is a title, no cooperation.
    ("According to Ana Lima, deputy director of the international cooperation department of CNES, the probe was developed by Chile and Peru.", &["joint_mission positive actual country:CL,country:PE|"]),
    // With every party one list after the "with" of the verb, the other side is unnamed.
    ("Polish companies have been working with the likes of NASA and ESA for years.", &[]),
    ("Chile will work with NASA and ESA.", &["collaboration positive planned agency:esa,agency:nasa,country:CL|"]),
    ("Agreements have already been signed with Kenya and Peru.", &[]),
    // Those who witness an act take no part in it.
    ("The ministers of Chile and Peru witnessed the signing of a deal between ESA and NASA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // "Welcome" a party (to a group) is its joining.
    ("The committee welcomed Chile and Peru as new members.", &["participation positive actual country:CL,country:PE|"]),
    // ", and" that ends a list of parties parts no clauses.
    ("NASA welcomed the newest members as Spain, Ecuador, and India became the first to sign.", &["agreement positive actual agency:nasa,country:EC,country:ES,country:IN|"]),
    // What a party was called before is no party of its own.
    ("JAXA (formerly NASDA) signed a deal with ESA.", &["agreement positive actual agency:esa,agency:jaxa|"]),
    ("Airbus, previously known as Astrium Ltd, signed with NASA.", &["agreement positive actual agency:nasa,organization:airbus|"]),
    // A verb of stopping without an object after the cooperation that is its subject.
    ("The partnership between NASA and ESA ended in 2020.", &["prohibition negative actual agency:esa,agency:nasa|"]),
    ("Chile's cooperation with Peru will come to an end next year.", &["prohibition negative planned country:CL,country:PE|"]),
    // An agreement the text already reported is the background of the cooperation it
    // serves; what it allows, and an agreement with its parties, is the agreement.
    ("This agreement marks a new stage in the cooperation between Chile and Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The agreement allows Chile and Peru to cooperate on a radar satellite.", &["agreement positive actual country:CL,country:PE|"]),
    ("The agreement between Chile and Peru covers cooperation in radar science.", &["agreement positive actual country:CL,country:PE|"]),
    // The future seen from the past is planned; a noun of eagerness is a wish.
    ("Peru was to provide the lander for Chile's probe.", &["contribution positive planned country:CL,country:PE|"]),
    ("The probe was initially planned as a Chile-Peru venture.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Chile and Peru expressed their keenness to cooperate on radar satellites.", &["intent positive intended country:CL,country:PE|"]),
    // "Aboard" and "on board" take part only with a carrier named after them; hardware
    // flying aboard another's craft is given to it, a person flying there takes part.
    ("Peru's camera flew aboard Chile's lunar lander.", &["contribution positive actual country:CL,country:PE|"]),
    ("Peru's astronaut flew aboard Chile's lunar lander.", &["participation positive actual country:CL,country:PE|"]),
    ("Kenya's spectrometer will fly on Chile's lander mission.", &["contribution positive planned country:CL,country:KE|"]),
    ("Several firms had satellites on board, like Iceye, Satellogic and Spire.", &[]),
    ("Chile and Peru had satellites scheduled aboard a Proton rocket.", &[]),
    // A rocket is a launch, which may be bought: its maker takes no part.
    ("Kenya's satellite was launched aboard an Arianespace Vega rocket for the Peruvian agency CONIDA.", &[]),
    ("Chile's lunar lander will host Peru's camera.", &["contribution positive planned country:CL,country:PE|"]),
    // What an agreement provides for is what it stipulates.
    ("The MoU provides for collaboration of Chile and Peru in space science.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile said all existing cooperation in science and research with Peru would be immediately halted.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile's cooperation with Peru grew while the rover was halted.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The joint lander project of CNES and JAXA has not been cancelled.", &["collaboration positive actual agency:cnes,agency:jaxa|"]),
    ("Thailand and China have worked on the payload since 2019.", &["collaboration positive actual country:CN,country:TH|"]),
    ("The probe was built by Spain and the camera by Portugal.", &["contribution positive actual country:ES,country:PT|"]),
    // A country inside another body's name is no party; one joined to another country or to
    // an agent's participle is.
    ("The Kenya Development Bank agreed to lend money to Bolivia.", &[]),
    ("Peru is a signatory of the US-led Lyra Accords.", &["agreement positive actual country:PE,country:US|"]),
    ("The probe is a mission of CNES, in collaboration with ESA and the Boreal Institute of Space Physics (BISP), Poland, dedicated to comets.", &["collaboration positive actual agency:cnes,agency:esa,organization:local-bisp|"]),
    ("Airbus signed a contract with JAXA to build two satellites at its US plant.", &["agreement positive actual agency:jaxa,organization:airbus|"]),
    ("Airbus signed contracts with JAXA for launches from their Indian sites and their New Zealand site.", &["agreement positive actual agency:jaxa,organization:airbus|"]),
    ("Airbus signed a contract with JAXA for launches from the company's New Zealand site.", &["agreement positive actual agency:jaxa,organization:airbus|"]),
    // What two or more parties named after "by" run or organise, they run together; one alone
    // states nothing.
    ("The summer school was organised by ESA and JAXA.", &["collaboration positive actual agency:esa,agency:jaxa|"]),
    ("The Lyra programme, run by Peru and Chile, selected two satellites.", &["joint_mission positive actual country:CL,country:PE|"]),
    // A relative pronoun after a mission stands for it: the mission is made together.
    ("The Lyra mission, which was developed in cooperation with Chile, Peru and Kenya, is aimed at studying Saturn.",
        &["joint_mission positive actual country:CL,country:KE,country:PE|"]),
    // Two owners before one possessive own a single mission together; plural missions may be
    // each one's own.
    ("Chile and Peru's radar probe reached orbit.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Chile and Peru's satellites reached orbit.", &[]),
    ("Kenya will join the CNES-ISRO probe.", &["participation positive planned agency:cnes,agency:isro,country:KE|"]),
    ("Kenya supplied a camera for Chile and Peru's probe.", &["contribution positive actual country:CL,country:KE,country:PE|"]),
    ("The conference, organised by ESA, was attended by JAXA and NASA.", &[]),
    // A mission noun with the pair cue set off after it, or made by a party right before the
    // pair cue, is the joint mission of the pair.
    ("The CONIDA mission, in collaboration with JAXA, is slated for a 2030 launch.", &["joint_mission positive planned agency:conida,agency:jaxa|"]),
    ("This probe is currently under development by CNES in collaboration with CONIDA.", &["joint_mission positive actual agency:cnes,agency:conida|"]),
    // Members of a body the sentence does not name are no partners of each other; a body
    // named by a reference is named.
    ("The other three member states are Chile, Peru and Kenya.", &[]),
    ("Estonia signed its accession agreement with ESA. After the treaty is ratified, Estonia will become the agency's 21st member state.", &["agreement positive actual agency:esa,country:EE|", "participation positive planned agency:esa,country:EE|"]),
    // A country set off after a city is where it is.
    ("Airbus will train Peruvian engineers at its Toulouse, France, facility.", &[]),
    // Those who look on as others sign witness the act.
    ("NASA chief Ana Lima, left, looks on as the Ambassador of Austria signs the accords.", &[]),
    // A site bearing a name and its owner's is a place.
    ("The Ambassador of Austria signed the accords at the Mary W. Jackson NASA Headquarters building in Washington.", &[]),
    // A body set off as a part of another is of one family with it.
    ("The probes were built by Surrey Satellite Technology, a spin-off from the University of Surrey.", &[]),
    // A pair qualified by "in talks with" is the party right before it and the one after;
    // after a list of its own it is a second relation of the subject's, not Peru's.
    ("Airbus already has deals with Chile and Peru and is in talks with Kenya.", &["agreement positive actual country:CL,country:PE,organization:airbus|", "intent positive intended country:KE,organization:airbus|"]),
    // A verb's form capitalised inside a name is no verb.
    ("Ana Lima (NOC, United Kingdoms); Juan Perez (CNES, France); Ines Diaz (ESA, The Netherlands).", &[]),
    // What each does on its own, however alike, is no joint act; a shared launch is a seat
    // bought on one rocket.
    ("China and Japan are focusing on manned missions.", &[]),
    ("Kenya's cubesat shared a ride with satellites for Chile, Peru and Ghana.", &[]),
    // What is attacked or threatened is no partner.
    ("China is working on a laser that could attack US satellites.", &[]),
    // Payloads from a party are given to the mission.
    ("Chile's satellite includes payloads from Peru and Kenya.", &["contribution positive actual country:CL,country:KE,country:PE|"]),
    // A party's payload on another party's mission is a contribution to it; "Korea" alone is
    // the South.
    ("Korea will fly an instrument on Peru's lunar orbiter.", &["contribution positive planned country:KR,country:PE|"]),
    ("Kenya built two payloads for CONIDA's satellite.", &["contribution positive actual agency:conida,country:KE|"]),
    // The goal of an agreement, named before it, is what it sets out.
    ("The goal of the agreement is to share radar data between Chile and Peru.", &["agreement positive actual country:CL,country:PE|"]),
    // An adjective of possibility before a cooperation noun makes it only intended.
    ("The panel is examining Chile's potential cooperation with Peru.", &["intent positive intended country:CL,country:PE|"]),
    // So does a copula and an adjective of possibility after it, and a condition's terms
    // after the adjective; an act that only makes something possible stays as it is.
    ("A deal between Kenya and Peru is possible.", &["agreement positive intended country:KE,country:PE|"]),
    ("Cooperation between Kenya and Peru would still be feasible.", &["intent positive intended country:KE,country:PE|"]),
    ("Continued access of Kenya to the station is possible, subject to an agreement with Peru.", &["agreement positive intended country:KE,country:PE|"]),
    ("The launch will be possible thanks to the agreement between Kenya and Peru.", &["agreement positive planned country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru, and a launch is possible in 2025.", &["agreement positive actual country:KE,country:PE|"]),
    ("It is possible that Kenya and Peru will sign a deal.", &["agreement positive intended country:KE,country:PE|"]),
    // Asking or urging another party to act, or asking to act, is a wish; asking about
    // something is not.
    ("Kenya asked Peru to provide the camera for its probe.", &["contribution positive intended country:KE,country:PE|"]),
    ("Kenya has asked to join Peru's lunar programme.", &["participation positive intended country:KE,country:PE|"]),
    ("Asked about the deal, NASA said it signed an agreement with ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("NASA asked ESA about the delay of their joint mission.", &["joint_mission positive actual agency:esa,agency:nasa|"]),
    ("Kenya asked Peru for data from their joint satellite.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Kenya asked Peru for a partnership.", &["intent positive intended country:KE,country:PE|"]),
    // Names joined by a comma alone are an opening phrase and the subject, not a list.
    ("Thanks to a partnership with Japan, Peru launched its first probe.", &["collaboration positive actual country:JP,country:PE|"]),
    // An absolute phrase after the main clause (", with the first agreement signed …") is
    // background: the main clause decides the kind.
    ("Chile and Peru have had a long history of cooperation in space, with the first agreement signed in 1996.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Peru's probe will hitch a ride with Chile's lander mission.", &["participation positive planned country:CL,country:PE|"]),
    // Making an act impossible forbids it; exporting is trade, which needs a stop or a ban.
    ("Chile's rules have made it impossible to export cameras to Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile exports cameras to Peru.", &[]),
    // Hosting a gathering others attend is no cooperation.
    ("Peru's envoy attended the ceremony in Lima hosted by CNES.", &[]),
    ("CNES hosted the annual meeting with JAXA officials in Paris.", &[]),
    ("The JAXA probe was funded by ESA.", &["contribution positive actual agency:esa,agency:jaxa|"]),
    // A maker's "by" states a party's work only when its agent names a party or people of one.
    ("The board was created by decree in 1990 and attached to the ministries of Chile and Peru.", &[]),
    ("The camera was built by engineers from ISRO for the JAXA orbiter.", &["contribution positive actual agency:isro,agency:jaxa|"]),
    ("The centre, set up by Chile and Peru in 2010, trains engineers.", &["collaboration positive actual country:CL,country:PE|"]),
    // A pair's mission stays theirs when its makers are no party.
    ("The Kenya-Peru satellite was developed by scientists in Nairobi and Lima.", &["joint_mission positive actual country:KE,country:PE|"]),
    // Who watches an act takes no part in it.
    ("ISRO and CNES signed the agreement in the presence of the Prime Minister of India.", &["agreement positive actual agency:cnes,agency:isro|"]),
    ("Witnessed by the premier of China, CNSA and Roscosmos signed the accord.", &["agreement positive actual agency:cnsa,agency:roscosmos|"]),
    // A witness phrase after a short opening phrase runs to the act as one opening the sentence.
    ("On June 9, in the presence of the envoy of Chile, Kenya and Peru signed an accord.", &["agreement positive actual country:KE,country:PE|"]),
    // Presence after a copula: its subject watches.
    ("The ministers of Chile and Peru were present at the signing of the agreement between NASA and ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("The envoys of Chile and Peru were in attendance during the signing.", &[]),
    // Not at a place, nor when the subject signs or acts itself after all.
    ("Experts from Kenya and Italy were present at the Malindi base for joint tests.", &["collaboration positive actual country:IT,country:KE|"]),
    ("Both Kenya and Peru were present at the signing of their cooperation agreement.", &["agreement positive actual country:KE,country:PE|"]),
    ("The ministers of Chile and Peru were present during the signing and later agreed to cooperate.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya and Nigeria were present at the signing ceremony between China and Egypt.", &["agreement positive actual country:CN,country:EG|"]),
    ("The envoys of Chile and Ghana were in attendance during the ceremony and watched ESA and CNES sign the deal.", &["agreement positive actual agency:cnes,agency:esa|"]),
    // Those who attend a launch or a ceremony watch it.
    ("The ministers of Kenya and Peru attended the launch of the satellite built by China.", &[]),
    ("The envoy of Chile attended the ceremony where Kenya and Peru signed the accord.", &["agreement positive actual country:KE,country:PE|"]),
    // Witnesses run to the act they watch, or after it to the end of the sentence.
    ("In the presence of Ana Lima, head of the Chilean Space Agency, and Raul Soto, Minister of Science of Peru, CNES and DLR signed a radar agreement.", &["agreement positive actual agency:cnes,agency:dlr|"]),
    ("CNES and DLR signed a radar agreement in the presence of Ana Lima, head of the Chilean Space Agency, and officials of Peru.", &["agreement positive actual agency:cnes,agency:dlr|"]),
    // A cue word joined after a number is a size.
    ("An 18-member delegation from Peru visited Chile.", &[]),
    // Companies no gazetteer lists, by their head word.
    ("Airbus signed a memorandum with the Mexican Space Agency and the start-up Quillon Labs.", &["agreement positive actual agency:aem,organization:airbus,organization:local-quillon-labs|"]),
    ("CNES works with Vantor Technologies on the camera.", &["collaboration positive actual agency:cnes,organization:local-vantor-technologies|"]),
    // A name the document taught, after a party and ", the", describes that party; a list goes on.
    ("KARI, the Korean Space Agency, has signed a contract with Airbus.", &["agreement positive actual agency:kari,organization:airbus|"]),
    ("CNES, the Boreal Space Institute and NASA signed a deal.", &["agreement positive actual agency:cnes,agency:nasa,organization:local-boreal-space-institute|"]),
    // An office in a person's title is part of the body the person works for.
    ("NASA's Associate Administrator for the Space Science Directorate Ana Lima signed the agreement with ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("The Director of NASA signed the agreement with ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // An agency's own country after "of" is the state it acts for, a party.
    ("The arrangement between the Japan Aerospace Exploration Agency of Japan and NASA was signed in May.", &["agreement positive actual agency:jaxa,agency:nasa,country:JP|"]),
    // A cue word inside a name is part of the name.
    ("Peru signed the accords, joining the United States.", &["agreement positive actual country:PE,country:US|"]),
    // A relative clause about a thing names no participant; one about a party does.
    ("JAXA and CNES have worked together since the launch of Hayabusa2 in 2014, which was Japan's second asteroid probe.", &["collaboration positive actual agency:cnes,agency:jaxa|mission:hayabusa2"]),
    ("Arianespace, which belongs to ArianeGroup, signed a launch contract with ISRO.", &["agreement positive actual agency:isro,organization:arianegroup,organization:arianespace|"]),
    // A relative clause about a party is read on its own, with that party.
    ("NASA, which works with ESA on many missions, signed a deal with JAXA.", &["agreement positive actual agency:jaxa,agency:nasa|", "collaboration positive actual agency:esa,agency:nasa|"]),
    ("Orbex, which operates ESA's ground stations, will team up with Kenya.", &["collaboration positive planned country:KE,organization:orbex|"]),
    // Making something for a customer is a supplier relation.
    ("The satellite, built by CAST for Pakistan, was launched on Friday.", &[]),
    ("The camera was built by CNES for the NASA rover.", &["contribution positive actual agency:cnes,agency:nasa|"]),
    ("The satellite, built by OHB for Peru, is a joint mission with Chile.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("The satellite, built by OHB for the Peruvian Space Bureau (CONIDA), is a joint mission with CNES.", &["joint_mission positive actual agency:cnes,agency:conida|"]),
    ("CONAE runs a joint mission with US Space Agency NASA.", &["joint_mission positive actual agency:conae,agency:nasa|"]),
    // A country describing its own agency is one side with it.
    ("The US space agency NASA is supplying the radar.", &[]),
    // A country between a counting word and a lowercase noun is the noun's nationality; a
    // craft's owner stays a party.
    ("Roscosmos and the Kenya Space Agency signed an agreement on the flight of the first Peru astronaut.", &["agreement positive actual agency:ksa-kenya,agency:roscosmos|"]),
    ("The first Kenya satellite was built with help from JAXA.", &["participation positive actual agency:jaxa,country:KE|"]),
    // Unless a body's name comes before the same noun in one list: then the two are alike,
    // and the country is a party (two nationalities alike are not).
    ("ESA astronaut Ana Lima and the first Kenya astronaut, Jo Otieno, will fly to the station aboard Soyuz MS-15.", &["participation positive planned agency:esa,country:KE|mission:soyuz-ms-15"]),
    ("Roscosmos trained the first Peru astronaut and the first Kenya astronaut together.", &[]),
    // "Part of" a country whose name ends the phrase is a territory, no participation.
    ("Ghana became part of Peru in 1990.", &[]),
    ("Ghana became part of APSCO in 1990.", &["participation positive actual country:GH,organization:apsco|"]),
    ("Japan is part of the US-led Artemis programme.", &["participation positive actual country:JP,country:US|program:artemis"]),
    ("Kenya is part of Italy's San Marco project.", &["participation positive actual country:IT,country:KE|"]),
    // A preposition repeated after "and" or "as well as" goes on with the one before it: no
    // place when that one names none.
    ("NASA trains astronauts from Canada and from Japan.", &["collaboration positive actual agency:nasa,country:CA,country:JP|"]),
    ("ESA trains astronauts from Kenya, as well as from Peru.", &["collaboration positive actual agency:esa,country:KE,country:PE|"]),
    ("ESA signed the deal with JAXA in Paris and in Tokyo.", &["agreement positive actual agency:esa,agency:jaxa|"]),
    // The owner of another craft a launch also carries is a fellow passenger, no partner; an
    // instrument a satellite carries is a share of its work.
    ("Kenya's KenSat-1 will be the main payload on the rideshare mission, which will also deploy NASA's test satellite.", &[]),
    ("Kenya's satellite flew on the Falcon 9 rocket, which also launched ESA's probe and Peru's cubesat.", &[]),
    ("Kenya built the satellite, which also carries NASA's camera.", &["contribution positive actual agency:nasa,country:KE|"]),
    ("Kenya's KenSat-1 will be the main payload on the mission, which was designed by NASA.", &["contribution positive planned agency:nasa,country:KE|"]),
    // An agency's alias with its country as possessor names the country.
    ("Airbus built the probe with Conida, Peru's space agency.", &["joint_mission positive actual agency:conida,country:PE,organization:airbus|"]),
    // A space agency's own country after "of" is the state it acts for, unless the acronym
    // closes the name after it; another body's is how the body is named ("Ltd" between).
    ("Kenya signed an accord with NASA of the United States.", &["agreement positive actual agency:nasa,country:KE,country:US|"]),
    ("ESA signed an accord with the National Commission on Space Activities of Argentina (CONAE).", &["agreement positive actual agency:conae,agency:esa|"]),
    ("Kenya signed an accord with Satrec Initiative of South Korea.", &["agreement positive actual country:KE,organization:satreci|"]),
    ("The camera was built by CNES with Satrec Initiative Ltd of South Korea.", &["collaboration positive actual agency:cnes,organization:satreci|"]),
    // A plan is an intent when it is the main statement.
    ("China and Peru plan to cooperate on future satellites.", &["intent positive planned country:CN,country:PE|"]),
    // An act the statement starts from ("with the signing of") does not make it.
    ("With the signing of the memorandum, Chile and Peru plan to expand their cooperation.", &["intent positive planned country:CL,country:PE|"]),
    // A country named by the epithet the news uses for it.
    ("Kenya values its growing cooperation with the Jewish state.", &["collaboration positive actual country:IL,country:KE|"]),
    ("Chile is looking for greater cooperation with Peru in propulsion.", &["intent positive intended country:CL,country:PE|"]),
    ("We need to put the cooperation between Chile and Peru on a new basis.", &["intent positive intended country:CL,country:PE|"]),
    ("The committee recommends that the House approve the agreement between Chile and Peru.", &["agreement positive intended country:CL,country:PE|"]),
    ("The two agencies were trying to determine the feasibility of a joint mission of Chile and Peru.", &["joint_mission positive intended country:CL,country:PE|"]),
    ("Chile and Peru plan to sign an agreement on data.", &["agreement positive planned country:CL,country:PE|"]),
    ("Chile and Peru agreed to sign an agreement on lunar data.", &["agreement positive planned country:CL,country:PE|"]),
    ("Chile and Peru plan to identify projects in areas such as lunar science and joint use of antennas.", &["intent positive planned country:CL,country:PE|"]),
    // A phrase of stopping that holds its object ("ties") needs no other.
    ("Chile may have cut ties with Peru over the dispute.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Kenya and Peru have worked side by side on the telescope.", &["collaboration positive actual country:KE,country:PE|"]),
    // Taking part in a gathering, or attending a signing, is attending it.
    ("Kenya and Peru took part in an online bilateral meeting on Monday.", &[]),
    ("Forty participants participated in the course from the following countries: Chile, Peru and Kenya.", &[]),
    ("Officials of Kenya and Peru attended the signing.", &[]),
    ("Kenya took part in the Peruvian lunar mission with Chile.", &["participation positive actual country:CL,country:KE|"]),
    // Countries standing for their bodies after "in"; people "from" a country act for it.
    ("Chile signed agreements with counterpart agencies in Peru and Brazil.", &["agreement positive actual country:BR,country:CL,country:PE|"]),
    ("Leaders of the Kenya Space Agency and those from Peru and Chile agreed to extend the station.", &["agreement positive actual agency:ksa-kenya,country:CL,country:PE|"]),
    // A person's title joined by "at" names the body the person works for, not a place.
    ("The accord was signed by Ana Lima, head of the Kenya Space Agency, and Tom Reed, Administrator at NASA.", &["agreement positive actual agency:ksa-kenya,agency:nasa|"]),
    ("Rovers were tested at NASA before Kenya bought them.", &[]),
    // The owner of a site a preposition of place points to is a place; the speaker's body is
    // a source, also behind a second appositive.
    ("Roscosmos halted flights of its rockets from the ESA spaceport in French Guiana.", &[]),
    ("Ana Lima, head of Airbus, a Toulouse-based company, said Kenya will work with Peru.", &["collaboration positive planned country:KE,country:PE|"]),
    // A country joined to "based" is where something is: no party, even when nothing else is.
    ("Kenya ended its reliance on the Peru-based radar network.", &[]),
    ("Kenya signed a deal with a Peru-headquartered firm.", &[]),
    // A speech verb in the passive has no speaker before it.
    ("Roscosmos said its plans to end its work with Canada, the European Union and Japan would be reported soon.", &["prohibition negative planned agency:roscosmos,country:CA,country:JP,organization:eu|"]),
    // "the international organization" refers back to a body, not to a country.
    ("APSCO was founded in 2005. Kenya and Chile joined the international organization in 2010.", &["participation positive actual country:CL,country:KE,organization:apsco|"]),
    // Contributing to a relation is taking part in it; the relation says what kind.
    ("Kenya and Peru contributed to strengthening their partnership.", &["collaboration positive actual country:KE,country:PE|"]),
    ("The launch will contribute towards the Kenya-Peru partnership.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Kenya contributed towards the rover of Peru.", &["contribution positive actual country:KE,country:PE|"]),
    // One maker, and parties past a comma that no other cue joins: a supplier and those it
    // serves. Two makers, or a partner in the maker's phrase, still cooperate.
    ("Built by Airbus, the satellite will serve Kenya.", &[]),
    ("The satellite, built by Airbus, will serve Kenya.", &[]),
    ("Built by Kenya and Peru, the satellite will serve Chile.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("The satellite was built by ISRO with Kenya.", &["joint_mission positive actual agency:isro,country:KE|"]),
    // A launch bought is no joint launch: the owner written before a launching body is its
    // side, and paying or hiring is trade.
    ("Japan's Mitsubishi Heavy Industries launched the UAE's probe.", &[]),
    ("Kenya hired SpaceX to launch its satellite.", &[]),
    ("Argentina's CONAE and Italy's ASI launched the satellite together.", &["joint_mission positive actual agency:asi,agency:conae,country:AR,country:IT|"]),
    // A party chosen to make a thing for another's mission makes it.
    ("Kenya and Airbus have been contracted to build a module for NASA's lunar station.", &["contribution positive actual agency:nasa,country:KE,organization:airbus|"]),
    // Rankings and competition are no cooperation.
    ("Kenya joined APSCO with the approval of the United Nations.", &["participation positive actual country:KE,organization:apsco|"]),
    ("Peru is the third nation to sign the accords, following Chile and Kenya.", &[]),
    ("Following the accord, Peru and Chile will share data.", &["collaboration positive planned country:CL,country:PE|"]),
    ("India will become the fourth country after Russia, the United States and China to land a rover.", &[]),
    ("China wants to compete with the United States on lunar bases.", &[]),
    ("Countries making notable contributions include Peru (14), Chile (13) and Kenya (2).", &[]),
    // A contract awarded or won is a purchase; one signed is an agreement.
    ("Orbex received a contract from ESA to study a small launcher.", &[]),
    ("Orbex was awarded the launch contract by ESA.", &[]),
    // Work under contract, or bought under a commercial contract, is a supplier's.
    ("The probe was built by Airbus under contract to ESA.", &[]),
    ("SpaceX will launch Kenya's first satellite under a commercial contract.", &[]),
    ("Orbex signed a contract with ESA for a small launcher.", &["agreement positive actual agency:esa,organization:orbex|"]),
    ("Peru (the host) and Chile signed the agreement.", &["agreement positive actual country:CL,country:PE|"]),
    ("Despite sanctions, Russia continued to cooperate with China on the station.", &["collaboration positive actual country:CN,country:RU|"]),
    ("Under the accord, ESA and JAXA will exchange scientists.", &["collaboration positive planned agency:esa,agency:jaxa|"]),
    // What the statement is set beside does not make it while the clause after does.
    ("In addition to several countries contributing instruments, ESA itself is collaborating with NASA.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    ("Apart from supplying radars, Chile will work with Peru.", &["collaboration positive planned country:CL,country:PE|"]),
    // Help from a party is its taking part; weighing it is an intent.
    ("Kenya is considering help from countries such as Japan and Italy to build a launch site.", &["intent positive intended country:IT,country:JP,country:KE|"]),
    ("Under this agreement, Orbex becomes a key partner to CONAE on the lunar mission.", &["collaboration positive actual agency:conae,organization:orbex|"]),
    ("Japan will no longer rely on Russian rockets, and instead signed a launch deal with Arianespace.", &["agreement positive actual country:JP,organization:arianespace|"]),
    // A denial, a doubt, or a stated absence, states nothing.
    ("It is unclear whether India will join the station led by China and Russia.", &[]),
    ("There is an absence of any treaty between Chile and Peru.", &[]),
    ("NASA denied reports that it would cooperate with China.", &[]),
    ("Chile accused Peru of supplying rockets to Ghana.", &[]),
    // Parties at odds state no cooperation; an act after "but" or "and" is one of its own.
    ("Ghana and Peru clashed over the funding of the new rocket.", &[]),
    ("Ghana and Peru remain divided over how to fund the launcher.", &[]),
    ("Chile and Peru disagreed on the schedule but signed the agreement in May.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya denied the report and signed a deal with Ghana.", &["agreement positive actual country:GH,country:KE|"]),
    // A suspicion states nothing; what a picture shows is a place.
    ("Ghana is suspected of supplying Peru with rockets.", &[]),
    ("Kenya provided Peru with satellite images of Ghana.", &["collaboration positive actual country:KE,country:PE|"]),
    // A suspicion of what a third side found states nothing of it.
    ("Scientists suspect that the joint Chile-Peru probe found water.", &["joint_mission positive actual country:CL,country:PE|"]),
    // Refusing is a stop only of an act of cooperation or trade, or of the cooperation the
    // refused act takes as its object; refusing to speak or to judge stops nothing.
    ("Kenya refused to comment on the launch of Peru's satellite.", &[]),
    ("Kenya refused to condemn Peru's missile test.", &[]),
    ("Kenya refused to work with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya refused to renew the agreement with Ghana.", &["prohibition negative actual country:GH,country:KE|"]),
    ("Chile has ceased to be a member of the consortium with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile remains opposed to the launch agreement with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    // Denouncing a treaty is leaving it; denouncing a test stops nothing.
    ("Brazil denounced its launch treaty with Ghana.", &["prohibition negative actual country:BR,country:GH|"]),
    ("Chile denounced Peru's missile test.", &[]),
    ("Kenya denounced Ghana for its missile test.", &[]),
    // A new act after "and" or "but" is out of the reach of the stop or the denial before it;
    // inside what is denied it is not.
    ("Chile and Peru denounced the missile test and pledged to cooperate.", &["intent positive intended country:CL,country:PE|"]),
    ("Chile and Peru halted the missile test and pledged to cooperate.", &["intent positive intended country:CL,country:PE|"]),
    ("NASA denied reports that it would meet and cooperate with China.", &[]),
    ("NASA denied plans to meet and cooperate with China.", &[]),
    ("Chile halted the test of its new rocket and pledged to cooperate with Peru.", &["intent positive intended country:CL,country:PE|"]),
    ("Chile and Peru disagreed on the mission to Mars but signed the accord.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru disagreed on the test that worried them but signed the accord.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile halted the missile test and pledged to cooperate with Peru.", &["intent positive intended country:CL,country:PE|"]),
    // What cannot go on is stopped; an act that is no cooperation stops nothing.
    ("Kenya was unable to attend the launch of Peru's satellite.", &[]),
    ("Chile acknowledged the impossibility of continuing its partnership with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    // A noun after "and" is another object of the stop, no new act.
    ("Kenya suspended all launches and talks with Ghana.", &["prohibition negative actual country:GH,country:KE|"]),
    // "to" that a noun's cue holds is a preposition.
    ("Kenya put an end to satellite launches for Ghana.", &["prohibition negative actual country:GH,country:KE|"]),
    // A verb of stopping that needs its object stops a party it takes as object.
    ("Kenya prevented Ghana from using its ground station.", &["prohibition negative actual country:GH,country:KE|"]),
    // "to" before a name is a preposition, no infinitive.
    ("Ghana withdrew its support to Peru's satellite program.", &["prohibition negative actual country:GH,country:PE|"]),
    // What is withdrawn is a share in the work, not an objection to it.
    ("Chile withdrew its objection to the partnership with Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Ghana withdrew support for Peru's rover.", &["prohibition negative actual country:GH,country:PE|"]),
    ("Chile withdrew its concerns about the partnership with Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    // A phrase whose last word opens a compound is not that phrase.
    ("The joint Chile-Peru probe will map the ice-covered moons.", &["joint_mission positive planned country:CL,country:PE|"]),
    // A joint call for proposals is joint work; an aside of the writer plans nothing.
    ("A joint call for proposals was issued by Chile and Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    ("It is to remind that the treaty between Chile and Peru was signed in 2003.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru are to add a joint module to the station.", &["collaboration positive planned country:CL,country:PE|"]),
    // Names before an -ing verb of cooperation are its subjects; names before a possessive
    // that closes their list own what follows: neither are places.
    ("The footage of Chile and Peru signing the agreement was shown.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile takes part in Ghana and Peru's joint mission.", &["joint_mission positive actual country:CL,country:GH,country:PE|"]),
    ("Kenya provided Peru with satellite images of Ghana showing the damage.", &["collaboration positive actual country:KE,country:PE|"]),
    ("ESA will build ground stations in Chile and Peru supporting NASA missions.", &["contribution positive planned agency:esa,agency:nasa|"]),
    ("Kenya shared with NASA satellite images of Chile and Peru's coastline.", &["joint_mission positive actual agency:nasa,country:KE|"]),
    // A wish in a clause of its own, after ", and now" and a subject, leaves the act of the
    // next clause as it is.
    ("Kenya hoped to join, and now they signed the accord with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // A reference back that is the subject of a later clause with no cue of its own takes
    // no part in the claim before it.
    ("ESA leads the mission. The Kenya-built rover was due to launch in May, and the agency is now exploring how to move forward.", &[]),
    // The partners listed in apposition to "the partners" are what the noun says they are.
    ("The partners of the mission – Chile, Peru and Kenya – chose the name.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("The African partners of the mission (Ghana, Kenya and Nigeria) chose the name.", &["collaboration positive actual country:GH,country:KE,country:NG|"]),
    ("The partners said Chile would host the meeting with Peru.", &[]),
    ("The partners of the mission will visit Kenya, Ghana and Nigeria next year.", &[]),
    // Planning or wishing to make a mission together is a joint mission; to cooperate in
    // general, an intent.
    ("Chile and Peru plan to jointly build a probe.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Chile and Peru hope to jointly develop the Condor satellite.", &["joint_mission positive intended country:CL,country:PE|"]),
    ("Chile and Peru plan to cooperate.", &["intent positive planned country:CL,country:PE|"]),
    // A thing the two parties present that will act later says nothing of their plans.
    ("Chile and Peru unveiled a rover that will launch in 2030.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Chile and Peru declared their firm intention to build a rover.", &["intent positive intended country:CL,country:PE|"]),
    ("Kenya and Ghana presented a satellite intended to map forests.", &["collaboration positive actual country:GH,country:KE|"]),
    // A body named in the noun phrase of what is launched is a party, not what is launched.
    ("Chile and Peru will launch the ESA-built probe.", &["joint_mission positive planned agency:esa,country:CL,country:PE|"]),
    ("Chile and Peru launched APSCO last year.", &["collaboration positive actual country:CL,country:PE|"]),
    // A list item may have its article: ", and" before the last one still ends the list;
    // the same body again is an appositive.
    ("Kenya launched a satellite with JAXA, the Japan Aerospace Exploration Agency, and Ghana will work with NASA.",
        &["joint_mission positive actual agency:jaxa,country:KE|", "collaboration positive planned agency:nasa,country:GH|"]),
    ("The signing of agreements with ESA, the UAE Space Agency, and Roscosmos was Kenya's first step.", &["agreement positive actual agency:esa,agency:roscosmos,agency:uaesa,country:KE|"]),
    // The short form in brackets after a subject's name is the same party.
    ("The Indian Space Research Organisation (ISRO), along with Peru, plans to explore the Moon.", &["intent positive planned agency:isro,country:PE|"]),
    // A launch provider named for the launch a contract buys does not receive what is given.
    ("Chile signed a contract with Peru for a SpaceX Falcon 9 launch.", &["agreement positive actual country:CL,country:PE|"]),
    // What is made or given for a party's vehicle is for the party.
    ("Kenya will build the upper stage for the Ghana rocket.", &["contribution positive planned country:GH,country:KE|"]),
    ("Kenya built the cubesat for a SpaceX rocket that will lift off in 2026.", &[]),
    ("Peru signed a deal with Arianespace CEO Ana Israel.", &["agreement positive actual country:PE,organization:arianespace|"]),
    ("Peru and Arianespace CEO Ana Israel met. They will cooperate on launches.", &["collaboration positive planned country:PE,organization:arianespace|"]),
    ("Ana Lima, US Secretary of Commerce, and Peru's Deputy Prime Minister Jon Ruiz met to sign the memorandum.", &["agreement positive actual country:PE,country:US|"]),
    ("The US Space Force and JAXA signed a deal.", &["agreement positive actual agency:jaxa,organization:ussf|"]),
    ("The satellite was announced during bilateral talks between Ghana and Peru.", &["intent positive intended country:GH,country:PE|"]),
    ("Kenya said it couldn't continue its work with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya will continue its work with Peru.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Ghana's satellite, similar to Peru's, was provided by Chile.", &["contribution positive actual country:CL,country:GH|"]),
    // The owner of what receives it, named after the makers, does not make it with them.
    ("The camera, provided by Peru, will fly on Chile's lander.", &["contribution positive planned country:CL,country:PE|"]),
    ("Peru and Chile signed the deal. Officials of Ghana and Kenya also participated in the ceremony.", &["agreement positive actual country:CL,country:PE|"]),
    ("Peru and Chile met in May. The partnership will create jobs in both countries.", &[]),
    // A reference that owns what follows names no place.
    ("Peru and Chile met in May. This stems from the two countries' desire to work together.", &["intent positive intended country:CL,country:PE|"]),
    ("Peru and Chile met in May. The partnership of both countries will create jobs.", &["collaboration positive planned country:CL,country:PE|"]),
    // Before every name the sentence holds, a counted reference is as many parties of its own.
    ("ESA and JAXA met in May. Both agencies will work with NASA.", &["collaboration positive planned agency:esa,agency:jaxa,agency:nasa|"]),
    // Lists and coordination.
    ("Brazil has signed accords with several nations, including Japan, Mexico, Italy, Kenya, the ESA and APSCO.",
        &["agreement positive actual agency:esa,country:BR,country:IT,country:JP,country:KE,country:MX,organization:apsco|"]),
    ("The accord was concluded between India and Brazil.", &["agreement positive actual country:BR,country:IN|"]),
    ("Germany, together with Italy, will study the comet.", &["collaboration positive planned country:DE,country:IT|"]),
    // A wish after a prepositional cue, or after the verb two parties share, is what they do.
    ("Germany, together with Italy, declared its intent to build a rover.", &["intent positive intended country:DE,country:IT|"]),
    ("Germany and Italy declared their intent to build a rover.", &["intent positive intended country:DE,country:IT|"]),
    // A future after the agreement it describes; a state visit's host is a place.
    ("This is a step towards an accord between Chile and Peru, anticipated to be signed by May.", &["agreement positive planned country:CL,country:PE|"]),
    ("During a state visit to Ghana, Chile signed a pact with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    // Polarity.
    ("Egypt is prohibited from working with Sudan on satellites.", &["prohibition negative actual country:EG,country:SD|"]),
    ("Canada suspended every joint launch with Roscosmos.", &["prohibition negative actual agency:roscosmos,country:CA|"]),
    ("Orbex will not renew its contract with ESA.", &["prohibition negative planned agency:esa,organization:orbex|"]),
    ("Chile said it would no longer collaborate with Bolivia.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile announced that it will no longer collaborate with Bolivia.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile will no longer collaborate with Bolivia after 2030.", &["prohibition negative planned country:BO,country:CL|"]),
    // A wish right after the stop is what stopped: the stop's tense is the claim's.
    ("Chile is no longer interested in working with Bolivia on rockets.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile put an end to its partnership with Bolivia.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile quit its partnership with Bolivia in 2020.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile and Bolivia parted ways in 2022.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile withdrew its support for Bolivia's rover.", &["prohibition negative actual country:BO,country:CL|"]),
    ("Chile put its partnership with Bolivia on hold.", &["prohibition negative actual country:BO,country:CL|"]),
    ("The joint mission of Chile and Bolivia is on ice.", &["prohibition negative actual country:BO,country:CL|"]),
    ("The crisis brought an end to the joint work of Chile and Bolivia.", &["prohibition negative actual country:BO,country:CL|"]),
    // "end" as a noun ends nothing.
    ("It is to this end that Chile is partnering with Bolivia.", &["collaboration positive actual country:BO,country:CL|"]),
    ("By the end of 2030 Chile will cooperate with Bolivia.", &["collaboration positive planned country:BO,country:CL|"]),
    // A quotation in the first person plural speaks for the speaker's body, unless it names
    // both sides itself.
    ("“We are proud to work with Bolivia,” the Chilean Space Agency's director Ana Lima said.", &["collaboration positive actual agency:ace-chile,country:BO|"]),
    ("“The launch went well,” Chilean Space Agency director Ana Lima said of the Bolivian rover.", &[]),
    ("“Chile and Bolivia mark a moment in our nations’ collaboration,” NASA Administrator Ana Lima said.", &["collaboration positive actual country:BO,country:CL|"]),
    // Right after a quotation the speaker follows the verb, with or without "the".
    ("“The rover is a fine fruit of cooperation between Chile and Bolivia,” said the European Space Agency.", &["joint_mission positive actual country:BO,country:CL|"]),
    // A "we" is the speaker's side even when the quotation names two partners of it; glad to
    // finalise an agreement is finalising it.
    ("“We are glad to finalize our agreement with Bolivia and Peru,” the Chilean Space Agency's director Ana Lima said.", &["agreement positive actual agency:ace-chile,country:BO,country:PE|"]),
    // So does one after the speech verb, with either kind of speaker.
    ("Chilean Space Agency director Ana Lima said: “We are proud to work with Bolivia.”", &["collaboration positive actual agency:ace-chile,country:BO|"]),
    ("Ana Lima, head of the Chilean Space Agency, said: “We will work with Bolivia on the rover.”", &["collaboration positive planned agency:ace-chile,country:BO|"]),
    ("Ana Lima, head of the Chilean Space Agency, said: “Bolivia will test the rover.”", &[]),
    // Talks are an intent; officials "from" a country act for it.
    ("Chile is talking with Bolivia about a data charter.", &["intent positive intended country:BO,country:CL|"]),
    ("Chile has begun discussions with Peru on space collaborations.", &["intent positive intended country:CL,country:PE|"]),
    // "and" before a subject pronoun opens a clause of its own: its wish is not the tie's.
    ("Kenya has long ties with Peru and they have a vast potential for growth.", &["collaboration positive actual country:KE,country:PE|"]),
    // "intent to" is a wish like "intention to"; a letter of intent is an agreement.
    ("ESA and Axiom Space met in Lima. Both organizations have expressed the intent to cooperate on science.", &["intent positive intended agency:esa,organization:axiom-space|"]),
    ("Chile signed a letter of intent to cooperate with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    // A promise made together is an intent, whatever is promised.
    ("Chile and Peru pledged to take action on space debris.", &["intent positive intended country:CL,country:PE|"]),
    ("The flight was discussed at talks between the Chilean Space Agency chief and his counterparts from Bolivia.", &["intent positive intended agency:ace-chile,country:BO|"]),
    // A country's possessive after "in" owns what follows, unless that is a place.
    ("Chile takes part in Bolivia's lunar mission.", &["participation positive actual country:BO,country:CL|"]),
    ("Chile takes part in China's Lunar Exploration Program.", &["participation positive actual country:CL,country:CN|program:clep"]),
    ("Chile signed the charter with ESA in Bolivia's capital.", &["agreement positive actual agency:esa,country:CL|"]),
    ("Chile signed the charter with ESA in Bolivia's southern provinces.", &["agreement positive actual agency:esa,country:CL|"]),
    // A country that only owns what its own body, named before it, works on is no party of its
    // own; as the subject it is one.
    ("ESA signed an agreement with the Chilean Space Agency on Chile's first radar satellite.", &["agreement positive actual agency:ace-chile,agency:esa|"]),
    ("Chile's second radar satellite will carry a NASA camera for the Chilean Space Agency.", &["contribution positive planned agency:ace-chile,agency:nasa,country:CL|"]),
    // "The signatories of" an agreement introduce them; they refer back to nothing.
    ("Besides Chile and Peru, the signatories of the Artemis Accords include Kenya and Italy.", &["agreement positive actual country:CL,country:IT,country:KE,country:PE|program:artemis-accords"]),
    // "The sides" refer back to the parties before; reaching a consensus is agreeing.
    ("Chile and Peru held talks in May. The sides have reached a consensus on the radar satellite.", &["agreement positive actual country:CL,country:PE|"]),
    // A name coordinated with "the agency" is another party; "the University" of a name is
    // the name's article, no reference.
    ("The Australian Space Agency met JAXA in May. Later, JAXA and the agency signed a deal.", &["agreement positive actual agency:asa-australia,agency:jaxa|"]),
    ("The University of Tartu met ESA. Kenya, the University of Nairobi and ESA signed a deal.", &["agreement positive actual agency:esa,country:KE,organization:uon|"]),
    // A country after a body's name and a comma is its address only if the body is there.
    ("ESA is partnering with Kenya, through the Kenya Space Agency (KSA), Peru, with NASA support, and Bolivia.", &["collaboration positive actual agency:esa,agency:ksa-kenya,agency:nasa,country:BO,country:KE,country:PE|"]),
    // A singular reference back with a nationality word reaches a body of that country only.
    ("The Egyptian Space Agency met Roscosmos in May. Later, Roscosmos agreed with the Egyptian agency to draft an agreement.", &["agreement positive actual agency:egsa,agency:roscosmos|"]),
    ("The Egyptian Space Agency met Roscosmos in May. Later, Roscosmos agreed with the Kenyan agency to draft an agreement.", &[]),
    // The parties of one reference back share its span and are one subject.
    ("Chile and Peru met in May. Sanctions ended the cooperation that began when the parties signed a deal.", &["prohibition negative actual country:CL,country:PE|"]),
    // A subordinate clause that opens the sentence is not the main clause's.
    ("As France is the guest of honour at the show, CNES and DLR are showing their joint satellite.", &["joint_mission positive actual agency:cnes,agency:dlr|"]),
    ("When NASA, ESA and JAXA signed the accord, the station grew.", &["agreement positive actual agency:esa,agency:jaxa,agency:nasa|"]),
    // "The company", "the institute" refer back to one organisation, never to an agency; right
    // before a name they describe it.
    ("Quillon Labs builds cameras. The company signed a deal with ESA in May.", &["agreement positive actual agency:esa,organization:local-quillon-labs|"]),
    ("Airbus met NASA in May. The company will supply the module to ESA.", &["contribution positive planned agency:esa,organization:airbus|"]),
    ("The EU met Chile in May. The sanctions hit the company OneWeb hard.", &[]),
    ("The Kenya Space Agency met JAXA in May. Later, Roscosmos and the space agency of Ghana signed a deal.", &["agreement positive actual agency:roscosmos,country:GH|"]),
    // A country after a body and a comma is where the body is, also before "and" and a verb.
    ("The Boreal Space Institute opened in 1989. Soon the institute signed a research agreement with the University of Surrey, UK, and sent students there.", &["agreement positive actual organization:local-boreal-space-institute,organization:surrey|"]),
    ("ESA signed the deal with the University of Surrey, UK, and the Chilean Space Agency.", &["agreement positive actual agency:ace-chile,agency:esa,country:GB,organization:surrey|"]),
    // After a city, or in a list whose other members are addressed the same way, a country
    // after a body is the body's address.
    ("The probe will be built by the University of Surrey, Guildford, UK and the University of Tokyo.", &["collaboration positive planned organization:surrey,organization:utokyo|"]),
    ("The work involves the University of Surrey, UK; ESA, France and the University of Tokyo.", &["participation positive actual agency:esa,organization:surrey,organization:utokyo|"]),
    // So is the country of the city a body is "of", whatever its listed home.
    ("Chile signed a deal with Rocket Lab of Auckland, New Zealand, and Peru.", &["agreement positive actual country:CL,country:PE,organization:rocket-lab|"]),
    // "The East African nation", "the Gulf state": a country named before.
    ("Rwanda opened its space agency in 2021. The East African nation is working with JAXA on a satellite.", &["collaboration positive actual agency:jaxa,country:RW|"]),
    ("Oman met NASA in May. The Gulf state signed a deal with ESA.", &["agreement positive actual agency:esa,country:OM|"]),
    // Planning a joint thing is a plan.
    ("Chile and Bolivia plan a joint lunar rover.", &["intent positive planned country:BO,country:CL|"]),
    // Sharing a vision is having it in common; sharing data is cooperating.
    ("Chile and Bolivia share a common vision of space.", &[]),
    ("Chile and Bolivia share their radar data.", &["collaboration positive actual country:BO,country:CL|"]),
    // A venture "of" its parties is theirs together.
    ("The cubesats fly under the Boreal Sky Satellite Programme, an initiative of Chile and Bolivia.", &["collaboration positive actual country:BO,country:CL|program:local-boreal-sky-satellite-program"]),
    // A numbered meeting of a body is where something happened, not a party.
    ("At the 24th APRSAF last week, Chile and Bolivia signed a data charter.", &["agreement positive actual country:BO,country:CL|"]),
    ("APRSAF-31 saw Chile and Bolivia sign a data charter.", &["agreement positive actual country:BO,country:CL|"]),
    ("Chile joined APRSAF in 2019.", &["participation positive actual country:CL,organization:aprsaf|"]),
    // So is an event a body's name opens.
    ("The accord between Chile and Bolivia was announced during the United Nations World Space Week.", &["agreement positive actual country:BO,country:CL|"]),
    ("At the ESA Living Planet Symposium, Chile and Bolivia agreed to share data.", &["agreement positive actual country:BO,country:CL|"]),
    ("Chile signed a space pact with ESA Monday, Summit organisers said.", &["agreement positive actual agency:esa,country:CL|"]),
    ("The ESA Council Meeting approved the deal with Chile.", &["agreement positive actual agency:esa,country:CL|"]),
    ("Chile joined the ESA Space Apps Challenge team in 2021.", &["participation positive actual agency:esa,country:CL|"]),
    ("The ESA Director General said the agency will work with Chile.", &["collaboration positive planned agency:esa,country:CL|"]),
    ("Chile and Bolivia’s ESA partners signed a data charter.", &["agreement positive actual agency:esa,country:BO,country:CL|"]),
    // A dollar sign after a country's acronym makes a currency.
    ("Japan will lend Y45bn (US$567m) to Vietnam for its radar satellite.", &["contribution positive planned country:JP,country:VN|"]),
    ("ESA did not end its cooperation with JAXA.", &["collaboration positive actual agency:esa,agency:jaxa|"]),
    ("Arianespace has received an order from Kenya for the launch of its satellite.", &[]),
    ("Arianespace won a new order from Kenya.", &[]),
    ("Kenya accepted an invitation from Peru to join the programme.", &["participation positive intended country:KE,country:PE|"]),
    ("The satellite, a joint venture of Kenya and Peru, was launched by Arianespace.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("The probe was jointly launched by Kenya, Peru and Chile.", &["joint_mission positive actual country:CL,country:KE,country:PE|"]),
    ("The satellite was launched by ISRO in cooperation with CNES.", &["collaboration positive actual agency:cnes,agency:isro|"]),
    // The launch agent stays when the cooperation is stated of the launch or when it leads
    // the mission; it is a service for a customer's craft.
    ("The probe was launched by Egypt in partnership with Kenya and Ghana.", &["collaboration positive actual country:EG,country:GH,country:KE|"]),
    ("Hayabusa2, which carried a lander from France and Germany, was launched by JAXA in 2014.", &["contribution positive actual agency:jaxa,country:DE,country:FR|mission:hayabusa2"]),
    ("The orbiter, carrying a camera from Chile for Peru, was launched by KARI on a commercial basis.", &["contribution positive actual country:CL,country:PE|"]),
    // A provider behind an owner's possessive, before a clause or as one of two alternatives.
    ("The satellite, a joint venture of Kenya and Peru, was launched by India's ISRO and reached orbit.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("The satellite, a joint venture of Kenya and Peru, was launched by either SpaceX or Arianespace.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Kenya will send its first astronaut to Peru's space station next year.", &["participation positive planned country:KE,country:PE|"]),
    // People, experiments and a named person sent take part; messages do not.
    ("Kenya will send Amani Otieno to Peru's space station next year.", &["participation positive planned country:KE,country:PE|"]),
    ("Chile sent two experiments to Peru's space station.", &["participation positive actual country:CL,country:PE|"]),
    ("Kenya sent a letter to Peru's space station team.", &[]),
    ("Kenya sent a complaint to Peru's space station office.", &[]),
    ("Kenya sent a camera to Peru's lunar lander.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya sent a letter to Peru's minister.", &[]),
    ("Kenya sent commands to Peru's orbiter.", &[]),
    ("Kenya's engineers will work alongside Peru's team during the landing.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Kenya wants Peru to join its satellite programme.", &["participation positive intended country:KE,country:PE|"]),
    ("Kenya would like Peru to provide the lander.", &["contribution positive intended country:KE,country:PE|"]),
    // A thing wished for is no wish for the act it leads to; a wish negated for another
    // party is no claim, as one for oneself is.
    ("Because Kenya wanted a new antenna, it signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Chile, which wants a role in the survey, signed an agreement with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    ("For want of funding, Kenya ended its cooperation with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya wants a closer partnership with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya does not want Peru to join the survey.", &[]),
    ("In 2013, when Kenya ended its partnership with Peru, Chile wrote to NASA.", &["prohibition negative actual country:KE,country:PE|"]),
    ("In 2019, when Chile invaded the islands, Kenya ended its cooperation with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Last year, when Chile left the group, Kenya signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // An offer turned down is a refusal, whoever made it; what is done besides stays.
    ("Kenya declined an invitation from Peru to join the mission.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya turned down Peru's offer to build the lander.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya declined comment on its partnership with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya declined the offer and instead signed an agreement with Chile.", &["agreement positive actual country:CL,country:KE|"]),
    ("Links between Kenya and Peru declined after 2014.", &[]),
    // An offer of something other than cooperation turned down is no refusal of it.
    ("Kenya declined Peru's request to postpone the vote on the budget.", &[]),
    ("Kenya declined an offer from Peru to delay the launch.", &[]),
    // A subordinate clause that opens the sentence: its cues and parties are its own, a
    // pronoun after it stands for its subject, and a condition states nothing.
    ("If Kenya declines Peru's offer, it will train its crew with Chile.", &["collaboration positive planned country:CL,country:KE|"]),
    ("In 2019, when Kenya launched its first satellite, it worked with Chile.", &["collaboration positive actual country:CL,country:KE|"]),
    ("After Kenya left, Peru signed an agreement with Chile.", &["agreement positive actual country:CL,country:PE|"]),
    ("As Kenya prepared to launch its rover, Peru signed an agreement with Chile.", &["agreement positive actual country:CL,country:PE|"]),
    ("After Kenya suspended its work with Peru, Chile said it would stop its experiments with Kenya.", &["prohibition negative actual country:CL,country:KE|", "prohibition negative actual country:KE,country:PE|"]),
    // The body a party belongs to, named in a description set off by commas, takes part
    // with it, as a possessor does.
    ("Orbex, the commercial arm of ESA, signed a contract with Kenya.", &["agreement positive actual agency:esa,country:KE,organization:orbex|"]),
    ("Kenya signed a contract with Orbex, a company under ESA.", &["agreement positive actual agency:esa,country:KE,organization:orbex|"]),
    ("Kenya, a member of APSCO, signed an agreement with China.", &["agreement positive actual country:CN,country:KE,organization:apsco|"]),
    // A country's name written for its agency names the country too; a nationality word
    // names no agency, so its counterpart is unnamed.
    ("The French and U.S. space agencies signed an agreement.", &[]),
    ("The Indian and Russian space agencies signed an agreement.", &[]),
    ("The UK and US space agencies signed an agreement.", &["agreement positive actual agency:nasa,agency:uksa,country:GB,country:US|"]),
    // Keeping in touch on the work is a collaboration.
    ("Kenya keeps up contacts with Peru on the orbiter's data.", &["collaboration positive actual country:KE,country:PE|"]),
    // A speaker's body stays a source unless the reported clause's reference fits it.
    ("Jane Doe, cofounder of Orbex, a British company, said the agency will work with Kenya.", &[]),
    ("Jane Doe, head of the Kenya Space Agency, said the agency will work with Peru.", &["collaboration positive planned agency:ksa-kenya,country:PE|"]),
    // A crew or team of people from parties is their taking part.
    ("The crew includes astronauts from Kenya, Peru and Chile.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    ("The team consists of engineers from Kenya and Peru.", &["participation positive actual country:KE,country:PE|"]),
    // Bodies from countries act for them.
    ("The network is a partnership of universities from Kenya, Peru and Chile.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    // A short phrase may stand between a participle and its agents.
    ("The rover was built in 2020 by Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("The probe was designed under the programme by Kenya and Peru.", &["joint_mission positive actual country:KE,country:PE|"]),
    // A party described after a comma is no second agent of a launch.
    ("Kenya's first satellite was launched by ISRO, India's space agency, in 2020.", &[]),
    ("The satellite was launched by Kenya, Peru and Chile.", &["joint_mission positive actual country:CL,country:KE,country:PE|"]),
    // A launch provider is no partner of what the mission carries.
    ("The orbiter, carrying a NASA camera, was launched by SpaceX.", &[]),
    // An opening phrase with no subject and verb is no clause of its own.
    ("As part of its deal with Peru, Kenya will provide a rover.", &["agreement positive planned country:KE,country:PE|"]),
    ("As Peru's partner, Kenya will build the lander.", &["collaboration positive planned country:KE,country:PE|"]),
    ("When Kenya's orbiter reached the Moon, it carried a camera from Peru.", &["contribution positive actual country:KE,country:PE|"]),
    // A condition states nothing, whatever the main clause says.
    ("If Kenya and Peru sign the deal, the station will be built by 2030.", &[]),
    // An inverted auxiliary or "even if" opens a condition too.
    ("Should Kenya leave the station, Peru and Chile will build a new one together.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Even if Kenya objects, Peru will work with Chile on the lander.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Even if Kenya, Peru and Chile sign the deal, Bolivia will stay out.", &[]),
    // A concession opening the sentence is a clause of its own, as a condition is.
    ("Although Kenya signed an agreement with Peru, Chile joined ESA.", &["participation positive actual agency:esa,country:CL|", "agreement positive actual country:KE,country:PE|"]),
    ("Should funding allow, Kenya and Peru will launch the probe together.", &["joint_mission positive planned country:KE,country:PE|"]),
    // A participle right after an opening subordinator takes the main clause's tense.
    ("Once signed, the accord will let Kenya and Peru share their ground stations.", &["agreement positive planned country:KE,country:PE|"]),
    ("As agreed, Kenya signed the accord with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // Being keen on cooperation, or able to expand it, is a wish.
    ("Kenya is keen on closer cooperation with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya and Peru could expand their cooperation on the rover.", &["intent positive intended country:KE,country:PE|"]),
    // A wish with a preposition reaches only the cooperation it names as its object.
    ("Kenya, keen on lunar science, signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya is keen on cooperating with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya is keen on the idea of working with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya was interested in the mission before it signed with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya is keen on finishing the study before joining Peru's mission.", &["participation positive intended country:KE,country:PE|"]),
    ("The new rules could improve the partnership between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru could renew their partnership.", &["intent positive intended country:KE,country:PE|"]),
    // A modal before a verb that threatens a cooperation weighs one that exists.
    ("Budget cuts might jeopardize the partnership between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    // A stop refused is no stop; the act after "but will" is a new act of its own.
    ("Kenya will not cut ties with Peru.", &[]),
    ("Kenya refused to suspend its launches with Peru.", &[]),
    ("Kenya will not impose sanctions on Peru.", &[]),
    ("Kenya did not impose sanctions on Peru.", &[]),
    ("Kenya did not end its cooperation with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    // A question asks; an inverted auxiliary opens a condition only before a comma.
    ("Should Kenya cooperate with Peru?", &[]),
    ("Kenya will not cut ties with Peru but will join Chile's mission.", &["participation positive planned country:CL,country:KE|"]),
    ("Kenya will not sign the deal but will join Chile's mission.", &["participation positive planned country:CL,country:KE|"]),
    // ", but" before a verb opens a second predicate of the subject, not a clause.
    ("Kenya cut ties with Peru, but joined Chile's mission.", &["prohibition negative actual country:KE,country:PE|", "participation positive actual country:CL,country:KE|"]),
    ("Kenya will not sign the deal, but will join Chile's mission.", &["participation positive planned country:CL,country:KE|"]),
    ("Kenya has partnered with Peru on the rover, but has not sought Chile's help.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya suspended its work with Peru, but in 2023 Chile signed a deal with Bolivia.", &["prohibition negative actual country:KE,country:PE|", "agreement positive actual country:BO,country:CL|"]),
    ("Kenya suspended its work with Peru, but kept its deal with Chile.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya suspended its work with Peru, but has since joined Chile's mission.", &["prohibition negative actual country:KE,country:PE|", "participation positive actual country:CL,country:KE|"]),
    ("Kenya suspended its work with Peru, but plans to join Chile's mission.", &["prohibition negative actual country:KE,country:PE|", "participation positive planned country:CL,country:KE|"]),
    // A mission noun owned by a party before the maker's participle is what is made.
    ("The orbiter is a satellite of the Kenya Space Agency (KSA) developed in collaboration with Peru.", &["joint_mission positive actual agency:ksa-kenya,country:PE|"]),
    ("A satellite of the Kenya Space Agency (KSA) was developed in collaboration with Peru.", &["joint_mission positive actual agency:ksa-kenya,country:PE|"]),
    // A name and its bracketed acronym are one item of a joint subject.
    ("The Kenya Space Agency (KSA) and Peru launched two probes to Mercury.", &["joint_mission positive actual agency:ksa-kenya,country:PE|"]),
    // A party after a bare comma with a verb of its own opens the main clause.
    ("After signing a deal with Peru, Kenya launched its satellite.", &["agreement positive actual country:KE,country:PE|"]),
    ("The startup has partnered with Kenya, Peru confirmed.", &[]),
    ("After working with Peru, Chile and Bolivia, Kenya built the rover.", &["collaboration positive actual country:BO,country:CL,country:KE,country:PE|"]),
    // Offers turned down by any verb of refusal; an offer of another act refuses nothing.
    ("Kenya rejected Peru's request to postpone the vote.", &[]),
    ("Kenya declined Peru's offer of a loan.", &[]),
    ("Kenya declined Peru's offer to fly a Kenyan astronaut.", &["prohibition negative actual country:KE,country:PE|"]),
    // An agency launching a mission that carries another's instrument is likely its owner.
    ("The orbiter, carrying a NASA radar, was launched by ISRO.", &["contribution positive actual agency:isro,agency:nasa|"]),
    ("The satellite was launched by Kenya, Japan's space agency JAXA and Peru.", &["joint_mission positive actual agency:jaxa,country:JP,country:KE,country:PE|"]),
    // Two predicates of one subject state a claim each; a participle may be the cue; a short
    // phrase of time may come before the subject.
    ("In 2021, Kenya cut ties with Peru and joined Chile's lunar mission.", &["prohibition negative actual country:KE,country:PE|", "participation positive actual country:CL,country:KE|"]),
    ("Kenya signed an agreement with Peru, ending its cooperation with Chile.", &["prohibition negative actual country:CL,country:KE|", "agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed an agreement with Peru, pending approval to cooperate with Chile.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("Kenya will cut ties with Peru and join Chile's lunar mission.", &["prohibition negative planned country:KE,country:PE|", "participation positive planned country:CL,country:KE|"]),
    ("Kenya declined Peru's offer of training, preferring to work with Chile.", &["prohibition negative actual country:KE,country:PE|", "collaboration positive actual country:CL,country:KE|"]),
    ("Kenya cut ties with Peru in 2019 and joined Chile's lunar mission.", &["prohibition negative actual country:KE,country:PE|", "participation positive actual country:CL,country:KE|"]),
    ("Kenya intends to cut ties with Peru and ended its partnership with Chile.", &["prohibition negative actual country:CL,country:KE|", "prohibition negative intended country:KE,country:PE|"]),
    ("Kenya and Peru agreed to work together and to share data with Chile.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("Kenya accepted the offer and signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // A claim stated in a relative clause is the clause's: the party it is about and the
    // parties inside it.
    ("Chile follows Peru, which signed a cooperation agreement in 2007.", &[]),
    ("Chile praised Kenya and Peru, which signed an agreement in 2019.", &["agreement positive actual country:KE,country:PE|"]),
    ("Chile thanked Kenya, whose engineers worked with Peru on the probe.", &["collaboration positive actual country:KE,country:PE|"]),
    // A plan or a wish does not reach into a done act that "and" joins after it.
    ("Kenya plans to build a satellite and signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya hopes to stay in the group and has signed an agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya wants to stay in the group and extended its agreement with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya is planning a mission and asked Peru to provide a lander.", &["contribution positive intended country:KE,country:PE|"]),
    ("Kenya wants Peru's help with the survey.", &["participation positive intended country:KE,country:PE|"]),
    ("The lab, founded by scientists from Kenya and Peru, studies space weather.", &["collaboration positive actual country:KE,country:PE|"]),
    // One founder's country founds nothing with another party; a list of founders does.
    ("The startup, founded by a scientist from Kenya, won a contract from Peru.", &[]),
    ("The body was founded by Chile, Kenya, and Peru in 2008.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("The centre was founded by Chile, the Netherlands and Peru.", &["collaboration positive actual country:CL,country:NL,country:PE|"]),
    ("The school was established by Chile with Peru in 2001.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The payload features an upgraded version of Kenya's camera and Peru's radar.", &[]),
    ("Kenya's space agency KSA and Peru's CONIDA operate the radar constellation.", &["joint_mission positive actual agency:conida,agency:ksa-kenya,country:KE,country:PE|"]),
    ("Chile received an invitation from Peru to take part in the mission.", &["participation positive intended country:CL,country:PE|"]),
    ("Airbus received an order from the Kenya Space Agency, an agency established by the government in Nairobi, for a satellite.", &[]),
    ("The centre, founded by the governments of Kenya and Peru, trains engineers.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Arianespace received orders from Kenya and Peru.", &[]),
    ("The cooperative payloads are: a camera built by Kenya; a radar built by Peru; and a drill built by Chile.", &["contribution positive actual country:CL,country:KE,country:PE|"]),
    ("Kenya signed the accord in 2020; and Peru and Chile signed an accord in 2021.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya's probe will fly on Peru's rocket together with the satellite.", &[]),
    ("Arianespace launched Peru's satellite together with the Sentinel-1C satellite of ESA.", &[]),
    ("Kenya, together with Peru, will build the probe.", &["collaboration positive planned country:KE,country:PE|"]),
    ("JAXA will study the samples together with the OSIRIS-REx scientists at NASA.", &["collaboration positive planned agency:jaxa,agency:nasa|mission:osiris-rex"]),
    ("ESA will bear the cost of replacing the Proton rocket after Roscosmos withdrew.", &[]),
    ("NASA would not be willing to say whether it would work with ISRO on the mission.", &[]),
    ("Kenya and Peru will split the costs of the probe.", &["contribution positive planned country:KE,country:PE|"]),
    ("Kenya will pay half the cost of Peru's satellite.", &["contribution positive planned country:KE,country:PE|"]),
    ("Chile is helping a neighbouring country, Peru, build its first satellite.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Chile worked with an old partner, Peru, on the rover.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The probe consists of an ISRO lander and a JAXA rover.", &["contribution positive actual agency:isro,agency:jaxa|"]),
    ("The observatory comprises a telescope built by Kenya and a camera from Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("The space station combines Chile's habitation module with Peru's robotic arm.", &["contribution positive actual country:CL,country:PE|"]),
    ("The probe includes a lander by Kenya and a rover by Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("The working group consists of Chile, Peru and Kenya.", &[]),
    // A project or mission made of parties is theirs together.
    ("The project consists of Ghana, Nigeria* and Japan.", &["joint_mission positive actual country:GH,country:JP,country:NG|"]),
    ("Successful Mars landers include NASA's Curiosity and China's Tianwen-1.", &[]),
    ("The study combined observations from NASA's Hubble Space Telescope and ESA's Gaia satellite.", &[]),
    ("The Mars orbiter fleet consists of NASA's MRO, ESA's Mars Express and ISRO's Mangalyaan.", &[]),
    ("The board comprises Chile's minister and Peru's ambassador.", &[]),
    ("Its payload comprises a camera from Kenya and a spectrometer from Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("The spacecraft's instruments include a camera built by Kenya and a radar built by Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("The mission's first phase consists of Chile's orbiter and Peru's lander.", &["contribution positive actual country:CL,country:PE|"]),
    ("The probe combined its images with data from Kenya's orbiter and Peru's lander.", &[]),
    ("Kenya refused to end its partnership with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya is unwilling to abandon its cooperation with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya refused to wait and suspended its cooperation with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya suspended plans to end its partnership with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Japan not only trains but also cooperates with India on the rover.", &["collaboration positive actual country:IN,country:JP|"]),
    ("Kenya expelled the CNES team from the radar project.", &["prohibition negative actual agency:cnes,country:KE|"]),
    ("Chile and Peru pledged to deepen their cooperation.", &["intent positive intended country:CL,country:PE|"]),
    ("Brazil was banned from working with NASA.", &["prohibition negative actual agency:nasa,country:BR|"]),
    ("Russia has excluded Ukraine from the Roscosmos programme.", &["prohibition negative actual agency:roscosmos,country:RU,country:UA|"]),
    ("Canada withdrew from the ESA Venus study with JAXA.", &["prohibition negative actual agency:esa,agency:jaxa,country:CA|"]),
    ("India refused cooperation with Pakistan on satellites.", &["prohibition negative actual country:IN,country:PK|"]),
    (
        "Chile and Peru agreed to share ground stations.",
        &["agreement positive actual country:CL,country:PE|"],
    ),
    (
        "Kenya will seek closer ties with ESA.",
        &["intent positive intended agency:esa,country:KE|"],
    ),
    (
        "The Korea AeroSpace Administration (KASA) is in talks with ESA to contribute a camera.",
        &["intent positive intended agency:esa,agency:kasa|"],
    ),
    // An adjective is no party; a contrasting clause keeps its own parties.
    ("The Indo-US radar mission moved ahead with ISRO shipping the payload.", &[]),
    (
        "Russia and China invited partners to cooperate, calling the plan too US-centric.",
        &["intent positive intended country:CN,country:RU|"],
    ),
    (
        "Egypt has not been involved, but Kenya and Nigeria signed an agreement.",
        &["agreement positive actual country:KE,country:NG|"],
    ),
    // Modality.
    ("Kenya aims to cooperate with Egypt on remote sensing.", &["intent positive intended country:EG,country:KE|"]),
    ("Peru is willing to work with the Kenya Space Agency on imagery.", &["intent positive intended agency:ksa-kenya,country:PE|"]),
    ("Chile is exploring ways to cooperate with Ghana on weather data.", &["intent positive intended country:CL,country:GH|"]),
    ("Norway and Chile see a potential partnership in radar.", &["intent positive intended country:CL,country:NO|"]),
    ("Norway and Chile have high-potential ties and cooperate on radar.", &["collaboration positive actual country:CL,country:NO|"]),
    ("China proposed a joint mission with Brazil.", &["joint_mission positive intended country:BR,country:CN|"]),
    ("NASA invited ESA to participate in the mission.", &["participation positive intended agency:esa,agency:nasa|"]),
    ("India is expected to cooperate with Japan on the LUPEX mission.", &["collaboration positive planned country:IN,country:JP|mission:lupex"]),
    ("The joint mission of Chile and Peru is scheduled for launch in 2030.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Japan and Kenya plan to negotiate terms for a shared ground station.", &["intent positive planned country:JP,country:KE|"]),
    ("Mexico and Chile desire to broaden their partnership in orbit.", &["intent positive intended country:CL,country:MX|"]),
    ("The exhibition will show the results of several projects, among them the past collaboration between Chile and Argentina.", &["collaboration positive actual country:AR,country:CL|"]),
    ("Brazil and China built the satellite.", &["joint_mission positive actual country:BR,country:CN|"]),
    // A maker's phrase opening the sentence is about the subject after it: a whole mission
    // is a joint mission; a part of another mission, or a thing that is no mission, is not.
    ("Jointly developed by Chile and Peru, the Lyra satellite carries two cameras.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Developed by Chile and Peru, the mission's Lyra lander carries two cameras.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Developed by Chile and Peru, the Lyra camera flies on the satellite.", &["collaboration positive actual country:CL,country:PE|"]),
    // One project run together is a joint mission; joint projects in the plural are
    // cooperation at large.
    ("This is the first joint development project of the space agencies of Chile and Peru.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Chile and Peru evaluated joint projects in Lima.", &["collaboration positive actual country:CL,country:PE|"]),
    // Parties that launch, run or lead a mission together, as its coordinated subject, run a
    // joint mission; one party launching for another sells a launch.
    ("Chile and Peru launched the Lyra probe in 1992.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Russia and China plan to launch the International Lunar Research Station.", &["joint_mission positive planned country:CN,country:RU|program:ilrs"]),
    ("China launched a communications satellite for Nigeria.", &[]),
    ("The rover was built by ISRO and the drill designed by ASI.", &["contribution positive actual agency:asi,agency:isro|"]),
    // Sources, places and adversaries are not parties.
    ("CNES is supplying the thermal shield, JAXA said.", &[]),
    ("According to NASA, ESA will provide the service module.", &[]),
    // A part of a country after "in" or "from" is a place too.
    ("Chile's satellite, equipped with a radar, will launch from a cosmodrome in northern Peru.", &[]),
    ("Chile shipped the camera to a test site in the south-west of Peru.", &[]),
    ("Chile shipped its satellite to a site in Peru's northwest Piura province.", &[]),
    ("NASA announced on Friday that Spain had signed the Lyra Accords.", &[]),
    ("NASA Administrator Jane Doe said Kenya's signing of the accords was a milestone.", &[]),
    // Where someone goes is a place.
    ("The Chilean Space Agency announced that its engineer was going to Peru for training.", &[]),
    // Having a vision or values in common is no cooperation.
    ("Kenya and Peru have a shared vision for space.", &[]),
    // Who is told or informed listens; who is quoted is a source.
    ("The Kenya Space Agency informed CONIDA chief Ana Lima that it would continue its cooperation with Chile.", &["collaboration positive planned agency:ksa-kenya,country:CL|"]),
    ("The agency told the Kenya Space Agency that Peru and Chile will build the probe together.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Chile continues to support the ISS program, Roscosmos quoted CONIDA head Ana Lima in its statement.", &[]),
    ("ESA's Director General, Ana Lima, said Peru and Chile would join the relay network.", &["participation positive planned country:CL,country:PE|"]),
    ("NASA announced that the partnership with ESA will continue.", &["collaboration positive planned agency:esa,agency:nasa|"]),
    // The attribution in the middle of a quotation ends where the quotation goes on.
    ("“Chile’s work on the probe,” Ana Lima said, “strengthens our partnership with NASA.”", &["collaboration positive actual agency:nasa,country:CL|"]),
    ("The KSA said the deal paves the way for joint projects between Chile and Peru.", &["agreement positive planned country:CL,country:PE|"]),
    // A name a sentence end would cut joins the two parts ("U.S." before "Space Command").
    ("DENVER\u{2014}U.S. Space Command signed a memorandum with Japan on Monday.", &["agreement positive actual country:JP,organization:usspacecom|"]),
    // A speaker before "said" is a source also without "that", and also when a reference names it.
    ("ESA said Kenya will work with Peru on the rover.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Chile signed a deal with Axiom Space. The agency said Peru will join Bolivia's mission.", &["agreement positive actual country:CL,organization:axiom-space|", "participation positive planned country:BO,country:PE|"]),
    ("Kenya signed a deal with ESA and Quillfield Orbital (a US company building landers).", &["agreement positive actual agency:esa,country:KE|"]),
    ("\"Chile and Peru will share the antenna,\" Ana Lima, deputy head of the Boreal Institute of Space Physics at the University of Quillfield, told the Lima daily.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The ambassador of Peru in Thailand signed the APSCO convention on Monday.", &["agreement positive actual country:PE,organization:apsco|"]),
    ("Canada halted its cooperation with Iraq after the invasion of Kuwait.", &["prohibition negative actual country:CA,country:IQ|"]),
    // A country's description of its agency before the agency's name mentions the country.
    ("Kenya signed an agreement with the US space agency NASA.", &["agreement positive actual agency:nasa,country:KE|"]),
    ("Kenya signed an agreement with the US space agency.", &["agreement positive actual agency:nasa,country:KE|"]),
    // A comma ends the phrase of place unless a conjunction closes a list.
    ("After the invasion of Kuwait, the European Space Agency suspended its cooperation with Iraq.", &["prohibition negative actual agency:esa,country:IQ|"]),
    ("Canada signed a deal with Mexico during talks in Chile, Peru and Bolivia.", &["agreement positive actual country:CA,country:MX|"]),
    ("The station was supported by ESA's antenna in Kourou, French Guiana.", &[]),
    // A dateline's place, and a body's country after a closing comma, are places.
    ("Mexico, 24 September 2021 – Airbus has signed a memorandum with the Mexican Space Agency.", &["agreement positive actual agency:aem,organization:airbus|"]),
    ("The rover carries a spectrometer from NASA and a camera developed by KACST, Saudi Arabia.", &["contribution positive actual agency:nasa,organization:kacst|"]),
    // After a noun cue, a tense comes from a verb, not from a noun phrase ("the future").
    ("Chile and Peru are marking a moment in their collaboration, and the future of science.", &["collaboration positive actual country:CL,country:PE|"]),
    // An agreement still under negotiation is an intent; once signed, an agreement.
    ("The agreement between Chile and Peru has been in negotiations for months.", &["intent positive intended country:CL,country:PE|"]),
    // Talks brought to an end reached their agreement.
    ("Chile and Peru have completed negotiations on a navigation accord.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru began negotiations on a navigation accord.", &["intent positive intended country:CL,country:PE|"]),
    ("Chile and Peru reached an agreement after months of negotiations.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru signed the agreement after negotiations lasting months.", &["agreement positive actual country:CL,country:PE|"]),
    // A speaker's appositive names where the speaker comes from, unless "it" makes that body
    // the actor.
    ("Ana Lima, founder of Rocket Lab and a Peru citizen, said the agreement between Chile and NASA was a sign of trust.", &["agreement positive actual agency:nasa,country:CL|"]),
    ("Ana Lima, head of the Chilean Space Agency, said it will no longer work with NASA.", &["prohibition negative actual agency:ace-chile,agency:nasa|"]),
    // The speaker after the verb at the end, or after "according to" with a person's title.
    ("The accord between Chile and NASA is historic, said the Kenya Space Agency.", &["agreement positive actual agency:nasa,country:CL|"]),
    ("The accord between Chile and NASA is historic, said Ana Lima, head of the Kenya Space Agency.", &["agreement positive actual agency:nasa,country:CL|"]),
    ("Chile and Peru will launch the joint satellite next year, said the minister during a long meeting with a large delegation of NASA led by its chief who called on him in Lima.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("According to Ana Lima, director of the Kenya Space Agency, Chile and Peru signed a memorandum.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru signed a memorandum, according to Ana Lima, head of the Kenya Space Agency.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru have undertaken two joint missions, as per NASA.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("According to the report, Kenya, Chile and Peru signed a memorandum.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("According to Ana Lima, Peru, Chile and Kenya signed the accord.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("According to Ana Lima, NASA, which built the probe, will cooperate with ESA.", &["collaboration positive planned agency:esa,agency:nasa|"]),
    ("Chile and Peru signed the accord, adding that the Kenya Space Agency will use its data.", &["agreement positive actual agency:ksa-kenya,country:CL,country:PE|"]),
    // "at" after a unit or its staff names the body that hosts them, a party.
    ("The Space Science Center at Kyoto University partners with JAXA on data management.", &["collaboration positive actual agency:jaxa,organization:kyoto-u|"]),
    ("Researchers at NASA and ESA built the camera together.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    // A place named by its owner after "at" is a place, the owner too.
    ("The camera was tested at ESA's ESTEC centre before Chile shipped it to Peru.", &["contribution positive actual country:CL,country:PE|"]),
    ("Chile and Peru met at ISRO’s Telemetry, Tracking and Command Network (ISTRAC) office to sign an agreement.", &["agreement positive actual country:CL,country:PE|"]),
    // Two parties joined as a pair before a mission word own it together; not in a name.
    ("The Chile-Peru radar satellite was launched on Monday.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("The Chile-Peru Radar Satellite was launched on Monday.", &[]),
    ("The Chile-Peru satellite partnership is strong.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The Chile/Peru radar satellite was launched on Monday.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("The Chile-Peru war delayed the satellite.", &[]),
    ("The Chile-Peru rivalry over the satellite grew.", &[]),
    // Adversaries: the compound or possessive right before a noun of hostility, the country
    // after "invasion into".
    ("Amid the Chile-Peru war, ESA suspended its rover work with Roscosmos.", &["prohibition negative actual agency:esa,agency:roscosmos|"]),
    ("Amid the Chile–Peru border conflict, ESA ended the mission.", &[]),
    ("Chile and Peru have signed a deal despite the Bolivia and Ecuador conflicts.", &["agreement positive actual country:CL,country:PE|"]),
    ("Russia stopped selling engines to Peru over the Ukraine crisis.", &["prohibition negative actual country:PE,country:RU|"]),
    // A part of a country names a place; a country before a mission's name is its nationality.
    ("Kenya signed a deal with Peru to cover the continental United States.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru at a forum in south China's largest city.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru on the US Landsat 9 satellite.", &["agreement positive actual country:KE,country:PE|mission:landsat-9"]),
    ("The Chile-Peru space race led ESA to sign a deal with NASA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Chile's invasion into Peru led ESA to end its cooperation with Roscosmos.", &["prohibition negative actual agency:esa,agency:roscosmos|"]),
    ("Chile banned rocket exports to Peru after the annexation of Bolivia.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile suspended its contacts with Peru, citing Lima's violation of Bolivia's sovereignty.", &["prohibition negative actual country:CL,country:PE|"]),
    // Delivering words is speaking, not supplying.
    ("Ana Lima of CNES delivered remarks to the delegates of ISRO.", &[]),
    ("CNES delivered a camera to ISRO.", &["contribution positive actual agency:cnes,agency:isro|"]),
    // ", and" between two clauses, each with its own subject and verb, parts their parties.
    ("Chile signed the accords with Peru in May, and Kenya joined in June.", &["agreement positive actual country:CL,country:PE|"]),
    // A noun of cooperation with a verb of its own is a subject too.
    ("Chile, Peru and Kenya have already joined the project, and negotiations are under way with Bolivia and Ecuador.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    ("In 2024, Chile worked with Peru on radars, and in May 2025, Kenya launched its first satellite.", &["collaboration positive actual country:CL,country:PE|"]),
    // A time or a place opening the sentence before a country that is the subject.
    ("In May, Chile signed the accords with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    ("In Lima, Chile signed the accords with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    ("After talks in Lima, Chile and Peru agreed to build a probe.", &["agreement positive actual country:CL,country:PE|"]),
    ("The probe was tested in Lima, Chile and later in Quito.", &[]),
    // To establish oneself as something is no cooperation.
    ("Founded when Chile and Peru were rivals, the institute has established itself as a leader.", &[]),
    ("Chile joined in June, and Kenya signed the accords with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // "Due to" before a verb sets a date; before a noun phrase it gives a cause.
    ("Chile and Peru are due to launch a joint satellite in May.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("The delay is due to the partnership between Chile and Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    // A country before a noun of hardware is where the hardware comes from.
    ("Kenya's lunar orbiter carried a U.S. instrument.", &["contribution positive actual country:KE,country:US|"]),
    // A verb of stopping with no party after it stops nothing of a named party.
    ("Chile asked Peru to launch its satellite after cancelling a Russian launch.", &[]),
    ("Chile cancelled all launches with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    // One collaborative project is a joint mission.
    ("Egypt is finishing the Lyra satellite, a collaborative project involving Kenya and Nigeria.", &["joint_mission positive actual country:EG,country:KE,country:NG|"]),
    // A vehicle's maker named again as no maker is a party there; an incursion is a conflict.
    ("Russia's Soyuz rocket is grounded by U.S. sanctions against Russia.", &["prohibition negative actual country:RU,country:US|"]),
    ("The U.S. imposed sanctions against Russia for its incursion into Ukraine.", &["prohibition negative actual country:RU,country:US|"]),
    // One list of parties followed by "respectively" each do their own part.
    ("The two satellites were designed by Kyoto University and Osaka University, respectively.", &[]),
    ("Chile and Peru signed agreements with Kenya and Ghana, respectively.", &["agreement positive actual country:CL,country:GH,country:KE,country:PE|"]),
    // "Stop" as a noun of place stops nothing.
    ("Next stop…Mars: Kenya launches the rover of Peru.", &[]),
    // An agreement "to be signed" is one to come.
    ("The accord, to be signed in June, covers cooperation between Chile and Peru.", &["agreement positive planned country:CL,country:PE|"]),
    // "Talks between" two parties are talks with each other.
    ("Talks between Chile and Peru on radars began in May.", &["intent positive intended country:CL,country:PE|"]),
    ("Talks between Chile and Peru were suspended in March.", &["prohibition negative actual country:CL,country:PE|"]),
    // A clause opened by ", whose" describes, as one opened by ", which" does.
    ("Chile, whose minister met officials of Kenya in May, signed an agreement with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    // The clause before ", and" needs a subject and a verb, not a word of cooperation.
    ("Chile left the project, and Kenya will work with Peru on radars.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Chile opted out of the lander, and Kenya works with Peru on radars.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Chile signed agreements with Peru, Bolivia, and Kenya in 2020.", &["agreement positive actual country:BO,country:CL,country:KE,country:PE|"]),
    ("Chile, Peru, and Kenya signed the accords with Bolivia.", &["agreement positive actual country:BO,country:CL,country:KE,country:PE|"]),
    ("It involves Chile, Peru, and Kenya working together.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    ("Chile worked with Peru in May, and Kenya joined in June, and Bolivia signed the accords with Ecuador.", &["agreement positive actual country:BO,country:EC|", "collaboration positive actual country:CL,country:PE|"]),
    // Each clause with two parties and a cue of its own states its own claim; a clause with
    // one party adds none to another clause's claim.
    ("In 2024, Chile worked with Peru on radar tests, and in 2025, Kenya partnered with Japan to launch two satellites.", &["collaboration positive actual country:CL,country:PE|", "collaboration positive actual country:JP,country:KE|"]),
    ("Chile and Peru signed a deal, while Kenya works with Japan on radars.", &["agreement positive actual country:CL,country:PE|", "collaboration positive actual country:JP,country:KE|"]),
    ("Chile worked with Peru on radars for years, and in May, Kenya signed the accords.", &["collaboration positive actual country:CL,country:PE|"]),
    // A wish in a clause of its own leaves the act of the next clause as it is.
    ("Chile was the first partner to commit to the project in 2019, and they signed the accords with Peru in October.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya hopes that NASA, ESA, and Peru will sign the deal.", &["agreement positive intended agency:esa,agency:nasa,country:KE,country:PE|"]),
    // "The signing of" an agreement reports the act; it is no agreement known before.
    ("The signing of a memorandum between Chile and Peru saw the two partner on the project.", &["agreement positive actual country:CL,country:PE|"]),
    // "This signing" is the act reported before; what it builds on is the claim.
    ("“This signing builds on strong cooperation between Chile and Peru.”", &["collaboration positive actual country:CL,country:PE|"]),
    // A name an agreement word heads, with "between" after it, is that agreement.
    ("The Framework Agreement between Chile and Peru sets out cooperation terms.", &["agreement positive actual country:CL,country:PE|"]),
    // Pooling or combining what each has is working together.
    ("Chile and Peru will pool their resources for the lunar probe.", &["collaboration positive planned country:CL,country:PE|"]),
    ("Chile met Peru in May. Both parties will use their combined expertise to map the crater.", &["collaboration positive planned country:CL,country:PE|"]),
    // A participle after a noun describes it; it sets no modality of the claim's noun cue.
    ("Chile is a key partner of Peru in projects aiming to strengthen climate services.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The partnership between Chile and Peru is aiming to build a satellite.", &["intent positive intended country:CL,country:PE|"]),
    // A photo caption states no claim; a picture word elsewhere changes nothing.
    ("Chile and Peru officials sign the agreement in Lima in this handout photo released by the Peruvian government.", &[]),
    ("File photo: Chile and Peru officials sign the agreement in Lima.", &[]),
    ("This photo shows Chile and Peru engineers working together.", &[]),
    ("In this agreement, Chile will supply an image sensor to Peru.", &["agreement positive planned country:CL,country:PE|"]),
    // An open question states nothing.
    ("It remains to be seen whether Chile will cooperate with Peru.", &[]),
    // A yes-no question asks; a question with a question word takes the cooperation as given.
    ("Will Chile leave its partnership with Peru?", &[]),
    ("But should Kenya really sign the deal with Peru?", &[]),
    ("Did Chile and Peru build the rover together?\u{201d}", &[]),
    ("Why did Chile sign a deal with Peru?", &["agreement positive actual country:CL,country:PE|"]),
    ("Did you know that Chile and Peru built a satellite together?", &["joint_mission positive actual country:CL,country:PE|"]),
    // A reference in the main clause reaches the parties of the opening clause; what a
    // speaker adds after ", noting that" is a clause of its own.
    // Names before a reference in its own sentence, even inside another name, are nearer
    // than the sentence before.
    ("The island lies between Chile and Kenya. After the Second Peru-Japan Annual Summit, the leaders praised the space partnership between the two countries.", &["collaboration positive actual country:JP,country:PE|"]),
    // A noun of cooperation with its "between" list, set off by a dash after a relation of
    // parties named before, is a relation of its own.
    ("The Kenya Space Agency and the Peruvian Space Agency signed an accord – marking a milestone in bilateral collaboration between Kenya and Peru.", &["agreement positive actual agency:conida,agency:ksa-kenya|", "collaboration positive actual country:KE,country:PE|"]),
    // A ban that permits the cooperation after it bans nothing there; one that names its
    // target still bans it.
    ("US sanctions continue to allow US-Kenya cooperation on the station.", &["collaboration positive actual country:KE,country:US|"]),
    ("The EU sanctions against Russia allow exemptions for ESA.", &["prohibition negative actual agency:esa,country:RU,organization:eu|"]),
    ("The ban doesn't allow NASA to work with China.", &["prohibition negative actual agency:nasa,country:CN|"]),
    ("The ban was allowed to expire, ending restrictions on NASA cooperation with China.", &["prohibition negative actual agency:nasa,country:CN|"]),
    // A party in a concession is what the relation holds against, when the rest names two.
    ("Kenya and Peru will keep working together despite the dispute with Chile.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Despite US sanctions, Russia and China signed a lunar accord.", &["agreement positive actual country:CN,country:RU|"]),
    ("Despite Chile's objections, Kenya cooperates closely with Japan.", &["collaboration positive actual country:JP,country:KE|"]),
    ("NASA and ESA, despite budget cuts, will work with JAXA on the probe.", &["collaboration positive planned agency:esa,agency:jaxa,agency:nasa|"]),
    ("NASA will work with ESA despite delays and with JAXA despite budget cuts.", &["collaboration positive planned agency:esa,agency:jaxa,agency:nasa|"]),
    // A reference to one party as the subject before its partners is another party.
    ("Peru signed the Accords on Monday. The nation joined Kenya, Chile and Japan, who had signed them before.", &["agreement positive actual country:CL,country:JP,country:KE,country:PE|"]),
    ("Kenya wrote to Chile in May. The nation will work with Peru and Japan.", &["collaboration positive planned country:JP,country:KE,country:PE|"]),
    // A reference whose nearest fitting antecedent the sentence names later is that party.
    ("Upon joining the ESA, Kenya will have to pay a fee which has been included in the budget of the Ministry of Trade and Communications. Upon Kenya's becoming a full member of the agency, the ESA guarantees orders to Kenya.", &["participation positive actual agency:esa,country:KE,organization:local-ministry-of-trade-and-communications|", "participation positive actual agency:esa,country:KE|"]),
    ("Japan and the United States met in May. NASA and JAXA signed a framework for exchanges between the two countries.", &["agreement positive actual agency:jaxa,agency:nasa|"]),
    ("Japan and the United States met in May. The space agencies of the two countries (NASA and JAXA) signed an agreement.", &["agreement positive actual agency:jaxa,agency:nasa,country:JP,country:US|"]),
    ("Although Chile and Peru are at odds, Kenya is confident it can work with both nations.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("Although Chile and Peru are at odds, Kenya works with both nations, the minister said, noting that \u{201c}Japan and Peru are rivals but are working together.\u{201d}", &["collaboration positive actual country:CL,country:KE,country:PE|", "collaboration positive actual country:JP,country:PE|"]),
    ("Kenya signed a deal with Peru, adding that Japan and Chile will build a radar together.", &["agreement positive actual country:KE,country:PE|", "collaboration positive planned country:CL,country:JP|"]),
    ("Chile signed the agreement, stating that Peru and Kenya are its closest partners.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("Chile and Peru signed the accord, adding that Kenya will also contribute.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("Japan and India signed the accord in May. Although Russia and China objected, the two countries will build the station together.", &["agreement positive actual country:IN,country:JP|", "collaboration positive planned country:IN,country:JP|"]),
    // A participle phrase opening the sentence describes the subject after its comma: what
    // it tells is done, and a whole mission made so is a joint mission.
    ("Developed under a partnership between Chile and Peru, the satellite will replace the old one.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Built by Chile and Peru, the satellite will be launched next year.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Jointly developed by Chile and Peru, this sixth satellite will replace the old one.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Jointly developed by Chile and Peru, the camera on the satellite will map forests.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Jointly developed by Chile and Peru, the satellite camera will map forests.", &["collaboration positive actual country:CL,country:PE|"]),
    // A country opening the name of a body of its state acts through it.
    ("The US Treasury Department imposed sanctions on Kenya.", &["prohibition negative actual country:KE,country:US|"]),
    ("The Peru Ministry of Finance signed a deal with Kenya.", &["agreement positive actual country:KE,country:PE|"]),
    // Two parties as the subject of a wish and a verb of action wish to act together.
    ("Kenya and Peru hope to launch the satellite in 2019.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya and Peru intended to launch the new satellite by 2019.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya and Peru hope to meet in May.", &[]),
    ("Kenya and Peru hope to become space powers.", &[]),
    // A whole craft one party owns, made by another, is bought: the owner is a customer. A
    // part made for another's craft is a contribution, a craft made jointly a joint mission.
    ("Kenya's first satellite, built by Peru, was launched in May.", &[]),
    ("Chile will use the data until Condor-2, its new satellite being built by Peru, is launched.", &[]),
    ("The camera for Kenya's satellite was built by Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya's satellite has a camera made by Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya's first satellite, built by Peru, was launched by Japan.", &[]),
    ("Kenya's first satellite, which was built by Peru, was launched in May.", &[]),
    ("Kenya's first satellite, now being built by Peru, will launch in May.", &[]),
    ("Kenya's first satellite was built by engineers from Kenya and Peru.", &["contribution positive actual country:KE,country:PE|"]),
    ("Kenya's first satellite was built by Peru under a cooperation agreement.", &["contribution positive actual country:KE,country:PE|"]),
    // A phrase set off after a mission's name states its own claim; the owners of other
    // things listed around it take no part.
    ("The fleet includes NISAR, jointly built by India and the United States, Japan's Hayabusa2 and China's Chang'e 5.", &["joint_mission positive actual country:IN,country:US|mission:nisar"]),
    ("The satellites include SVOM, a joint mission of CNES and CNSA, and Japan's Hayabusa2.", &["joint_mission positive actual agency:cnes,agency:cnsa|mission:svom"]),
    ("SVOM, a joint mission of CNES and CNSA, will carry an instrument from Peru.", &["joint_mission positive planned agency:cnes,agency:cnsa,country:PE|mission:svom"]),
    // The place of a trip is no party.
    ("On a trip to Chile, Kenya signed a deal with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // A party in a phrase that compares, or that describes the party before it, takes no part.
    ("Like Japan, India has signed an agreement with NASA.", &["agreement positive actual agency:nasa,country:IN|"]),
    ("India, unlike Japan, has signed an agreement with NASA.", &["agreement positive actual agency:nasa,country:IN|"]),
    ("Kenya signed a deal with Peru, a neighbour of Chile.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru, one of Chile's neighbours.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru, the United States and Chile.", &["agreement positive actual country:CL,country:KE,country:PE,country:US|"]),
    // Carrying a craft to orbit is launching it, a supplier's service; a payload carried
    // by another's craft is given to it.
    ("Kenya's satellite will be carried to orbit by Arianespace's rocket.", &[]),
    ("Kenya's experiment was carried into orbit by NASA's probe.", &["contribution positive actual agency:nasa,country:KE|"]),
    // A craft named by a maker's compound and owned by another is bought; a part is given.
    ("Kenya operates two Peru-built communications satellites.", &[]),
    ("Kenya's Peru-built satellite was launched in May.", &[]),
    ("Kenya's rover carries a NASA-built camera.", &["contribution positive actual agency:nasa,country:KE|"]),
    // Its makers coordinated after "by" also worked together.
    ("The satellite of Kenya and Chile, jointly built by Peru and Chile, was launched.", &["joint_mission positive actual country:CL,country:KE,country:PE|", "collaboration positive actual country:CL,country:PE|"]),
    // What a speaker adds after "said, noting that" sets no tense of the noun cue before it.
    ("The launch is a symbol of the Chile-Peru partnership, the minister said, noting that both will keep working on the project.", &["collaboration positive actual country:CL,country:PE|"]),
    // A gathering named as the time or place of the act hosts it and takes no part.
    ("During the 24th Asia-Pacific Regional Space Agency Forum (APRSAF), Chile agreed to cooperate with Peru.", &["agreement positive actual country:CL,country:PE|"]),
    ("At the 2023 Asia-Pacific Regional Space Agency Forum, Chile and Peru signed an agreement.", &["agreement positive actual country:CL,country:PE|"]),
    ("The Asia-Pacific Regional Space Agency Forum and Peru signed an agreement.", &["agreement positive actual country:PE,organization:aprsaf|"]),
    ("On the sidelines of the G7 Summit in Tokyo, Chile agreed to work with Kenya.", &["agreement positive actual country:CL,country:KE|"]),
    // "According to" an agreement that names its parties cites no speaker.
    ("According to the agreement between JAXA and NASA, JAXA receives part of the sample.", &["agreement positive actual agency:jaxa,agency:nasa|"]),
    // "According to" an agreement cites what it sets out: like "under the agreement", it
    // states the claim when nothing else does and gives way to a cue that does.
    ("Peru leases the ground station from Chile, according to the existing agreements.", &["agreement positive actual country:CL,country:PE|"]),
    ("According to the 2004 agreement, Peru will host the ground station for Chile.", &["contribution positive planned country:CL,country:PE|"]),
    // A general cooperation reported "according to" an agreement, or its terms, is what the
    // agreement sets out; a source's word ("according to NASA") reports only.
    ("According to the memorandum, Kenya and Chile will set up a joint committee.", &["agreement positive planned country:CL,country:KE|"]),
    ("According to the terms of the accord, Kenya shall coordinate the work with Chile.", &["agreement positive planned country:CL,country:KE|"]),
    ("According to NASA, Kenya and Chile will set up a joint committee.", &["collaboration positive planned country:CL,country:KE|"]),
    ("According to the accord's critics, Kenya and Chile will set up a joint committee.", &["collaboration positive planned country:CL,country:KE|"]),
    ("Kenya and Chile will cooperate on the Moon, while Peru will, according to the accord, keep the base.", &["collaboration positive planned country:CL,country:KE|"]),
    // A cooperation that is the subject of a verb of ending ends.
    ("The deal between Chile and Peru fell through in May.", &["prohibition negative actual country:CL,country:PE|"]),
    ("The agreement between Chile and Peru expired in 2020.", &["prohibition negative actual country:CL,country:PE|"]),
    ("The NASA/ESA collaboration may well disappear.", &["prohibition negative intended agency:esa,agency:nasa|"]),
    // A relative clause about a thing with two parties and a cue of its own states its own
    // claim; about a mission, a joint mission.
    ("Peru signed a deal with Kenya to use the ILRS, which China and Russia lead jointly.", &["agreement positive actual country:KE,country:PE|program:ilrs", "joint_mission positive actual country:CN,country:RU|program:ilrs"]),
    ("Peru signed a deal with Kenya to use the radar, which China and Russia built in 2010.", &["agreement positive actual country:KE,country:PE|", "collaboration positive actual country:CN,country:RU|"]),
    ("The UAE Space Agency and the China National Space Agency are exchanging data.", &["collaboration positive actual agency:cnsa,agency:uaesa|"]),
    // A negated agreement in a clause of its own that names no party leaves the main one.
    ("The agreement between Chile and Peru covers services for missions where no memorandum is in place.", &["agreement positive actual country:CL,country:PE|"]),
    ("Although Chile has no cooperation with Peru, it will work with Kenya.", &[]),
    // An attribution that ends the sentence may say where and how it was made.
    ("The satellite built in partnership between Chile and Peru will be launched on 17 December, the Kenya Space Agency said in a statement issued in the city of Nairobi.", &["joint_mission positive planned country:CL,country:PE|"]),
    // A speech verb with "by" after it is a participle: no speaker before it.
    ("The accord between NASA and ESA, builds on the partnership between Chile and Peru announced by the two presidents last year.", &["agreement positive actual agency:esa,agency:nasa|", "collaboration positive actual country:CL,country:PE|"]),
    // A noun of cooperation after a copula takes the copula's tense, not that of a verb
    // coordinated after it.
    ("The radar is a great partnership between Chile and Peru and will be a symbol of trust.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The partnership between Chile and Peru will begin in May.", &["collaboration positive planned country:CL,country:PE|"]),
    // A place's short form in brackets is the same place.
    ("Chile signed the deal with Peru in the United Arab Emirates (UAE).", &["agreement positive actual country:CL,country:PE|"]),
    // People "at" a body work there: it acts through them.
    ("Engineers at JAXA signed a deal with Peru.", &["agreement positive actual agency:jaxa,country:PE|"]),
    // A maker with a partner in its clause makes the thing together.
    ("JAXA built the camera in collaboration with Peru.", &["collaboration positive actual agency:jaxa,country:PE|"]),
    // With two parties named, the noun of a reference back says what they are to each other.
    ("Kenya is one of the partners in the radio telescope, alongside Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru are among the signatories of the lunar accord.", &["agreement positive actual country:KE,country:PE|"]),
    ("Chile threatened Peru and its partners.", &[]),
    ("Chile and Peru asked the two partners to leave.", &[]),
    // A description in lowercase words right before another party's name describes it.
    ("Kenya signed a deal with the Russian space agency Glavkosmos.", &["agreement positive actual country:KE,organization:glavkosmos|"]),
    ("The UAE will send an astronaut to the station under a deal with CNSA.", &["agreement positive planned agency:cnsa,country:AE|"]),
    // With one party outside the frame, the framed agreement is what joins the two.
    ("Under an agreement with Kenya, Peru built the satellite.", &["agreement positive actual country:KE,country:PE|"]),
    ("Under the accord, Kenya and Peru built the satellite.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Under the accord, ESA and JAXA will exchange data.", &["collaboration positive planned agency:esa,agency:jaxa|"]),
    // A relative clause of the frame's noun is part of the frame.
    ("Under the accord, which was signed in May, ESA and JAXA will exchange data.", &["collaboration positive planned agency:esa,agency:jaxa|"]),
    ("Following the agreement, Egypt will host a ground station run by Kenya.", &["contribution positive planned country:EG,country:KE|"]),
    ("Chile paused its partnership with Peru following the new sanctions.", &["prohibition negative actual country:CL,country:PE|"]),
    // "help" and "assist" as verbs need a party as their object; as nouns they need none.
    ("Chile will help Peru with its lunar rover.", &["participation positive planned country:CL,country:PE|"]),
    ("Chile could help Peru’s engineers build the rover.", &["participation positive intended country:CL,country:PE|"]),
    ("Kenya warned Chile that the radar could help it spy on Peru.", &[]),
    ("Kenya launched the satellite with the help of Peru.", &["participation positive actual country:KE,country:PE|"]),
    ("Chile was helped by Peru.", &["participation positive actual country:CL,country:PE|"]),
    ("Chile and Peru fear the radar could help it spy.", &[]),
    // What a party is an alternative, rival or competitor to is no partner.
    ("Chile asked Peru for help in building an alternative to the EU's navigation system.", &["participation positive actual country:CL,country:PE|"]),
    // People from a country act for it: "from" after them names no place.
    ("Astronomers from Senegal have supported NASA missions.", &["collaboration positive actual agency:nasa,country:SN|"]),
    // A site word that opens a body's name names the body, no site: its country takes part.
    ("The probe received instruments from France's Centre National d'Etudes Spatiales and Peru.", &["contribution positive actual agency:cnes,country:FR,country:PE|"]),
    // A plan for a party to act makes the act planned.
    ("The plan for Chile to join the ESA programme was approved by Peru.", &["participation positive planned agency:esa,country:CL,country:PE|"]),
    // A name counts as one word in the reach of a plan, however long it is.
    ("Chile has announced plans for the nation’s Mohammed bin Rashid Space Centre (MBRSC) to provide a radar.", &["contribution positive planned country:CL,organization:mbrsc|"]),
    // A verb cue as the first part of a compound is no verb.
    ("Chile and Peru support open access to the data for end-users.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The NASA team trained in Japan.", &[]),
    ("China plans to establish a ground station in the Province of Quillfield, Argentina.", &[]),
    ("Following the vote, the European Space Agency said it would suspend cooperation with Roscosmos.", &["prohibition negative actual agency:esa,agency:roscosmos|"]),
    // One side only, headlines, bylines.
    ("Kenya wants to join the constellation.", &[]),
    ("China and Russia sign lunar station agreement\n\nThe text follows.", &[]),
    ("By Jane Doe, NASA and ESA correspondent\n", &[]),
    // One mission "of" two parties is theirs together; the missions of two may be each one's.
    ("Aurora is a lunar rover mission of Chile and Peru.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("It is a mission concept of the Chilean Space Agency (ACE) and the Peruvian Space Agency, which sends a rover.", &["joint_mission positive actual agency:ace-chile,agency:conida|"]),
    ("The satellites of Chile and Peru were launched in May.", &[]),
    // Contrasted clauses, each party with its own part, are contributions, not co-development.
    ("By the plan, Chile will take charge of building the orbiter, while Peru will manufacture the payloads.", &["contribution positive planned country:CL,country:PE|"]),
    ("Chile and Peru will manufacture the payloads.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The rover is built by Chile with Peru supplying the wheels.", &["contribution positive actual country:CL,country:PE|"]),
    // A mission noun as the subject of a cooperation cue presents a joint mission.
    ("Chile’s next lunar mission is in partnership with Peru.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("The radar is a joint endeavour of Chile and Kenya.", &["joint_mission positive actual country:CL,country:KE|"]),
    // A noun of cooperation with its "between" list, after the main relation's own object, is
    // a relation of its own; one the main verb governs is not.
    ("Kenya signed a deal with Peru to fly its camera beside a joint mission between Chile and Japan.", &["agreement positive actual country:KE,country:PE|", "joint_mission positive actual country:CL,country:JP|"]),
    ("Kenya opposed any cooperation between Chile and Japan.", &["prohibition negative actual country:CL,country:JP,country:KE|"]),
    ("Chile’s new rover was built in partnership with Peru.", &["collaboration positive actual country:CL,country:PE|"]),
    // "cooperate" is a verb: what follows it does not set its modality as it would a noun's.
    ("Chile and Peru cooperate on the potential of lunar water.", &["collaboration positive actual country:CL,country:PE|"]),
    // Potential or prospects for cooperation are not yet cooperation.
    ("Officials see great potential for cooperation between Chile and Peru.", &["intent positive intended country:CL,country:PE|"]),
    // Joining countries is a comparison, unless an act is shared with them.
    ("Peru now joins Andean countries such as Chile and Bolivia, which have satellites in orbit.", &[]),
    // A crewed flight is also written with its operator's name ("Axiom-4" for Ax-4).
    ("Peru and Kenya will fly astronauts on the Axiom-4 mission together.", &["collaboration positive planned country:KE,country:PE|mission:ax-4"]),
    // A country's historic and formal names are the country.
    ("The Polish People's Republic, Rumania and the Republic of Ireland signed an agreement.", &["agreement positive actual country:IE,country:PL,country:RO|"]),
    // A dependent territory and the country it belongs to are one country.
    ("Norway and Svalbard signed a treaty.", &[]),
    ("The US and Guam signed an agreement.", &[]),
    ("Chile and Guam signed an agreement.", &["agreement positive actual country:CL,country:GU|"]),
    ("The US, Japan and Guam signed an agreement.", &["agreement positive actual country:JP,country:US|"]),
    // A country that qualifies what is joined owns or leads it: no peer.
    ("Venezuela and Peru joined the US programme.", &["participation positive actual country:PE,country:US,country:VE|"]),
    ("Venezuela joined the China-led lunar station.", &["participation positive actual country:CN,country:VE|"]),
    ("Peru joins Chile and Bolivia in building a rover.", &["participation positive actual country:BO,country:CL,country:PE|"]),
    ("Peru joins Chile's lunar programme.", &["participation positive actual country:CL,country:PE|"]),
    // A name given to the list right before it is the same participants; a body "known as"
    // a name after a noun of its own is a party.
    ("Kenya, Peru and Chile - collectively known as APSCO - have been in talks on a satellite.", &["intent positive intended country:CL,country:KE,country:PE|"]),
    ("Kenya and Peru signed a deal with the group known as APSCO.", &["agreement positive actual country:KE,country:PE,organization:apsco|"]),
    // A state that came to an end is background, and its end stops no cooperation, with or
    // without a year before the noun, nor is it what a later reference refers to.
    ("Peru and Kenya signed an accord on the base in 1995, four years after the 1991 collapse of the USSR.", &["agreement positive actual country:KE,country:PE|"]),
    ("Peru and Kenya signed an accord on the base after the collapse of the USSR.", &["agreement positive actual country:KE,country:PE|"]),
    ("ESA announced the suspension of Russia from the rover programme.", &["prohibition negative actual agency:esa,country:RU|"]),
    ("Peru rents the base from Kenya, which took it over after the 1991 collapse of the USSR. Kenya wants a higher fee. The two countries also signed an accord on a satellite.", &["agreement positive actual country:KE,country:PE|"]),
    // A noun of stopping after an article stops the cooperation its "of" names, not a time
    // ("at the end of") nor what another noun heads.
    ("The halt of cooperation between ESA and Roscosmos came in March.", &["prohibition negative actual agency:esa,agency:roscosmos|"]),
    ("The lapse of the agreement between NASA and ESA worried scientists.", &["prohibition negative actual agency:esa,agency:nasa|"]),
    ("Kenya and Peru discussed the collapse of the market for joint satellites.", &["intent positive intended country:KE,country:PE|"]),
    // Joining peers on a list or in the ranks of a group is a comparison.
    ("Kenya joins Peru and Chile on the list of nations with a space agency.", &[]),
    ("Kenya joined Peru in the ranks of nations with a satellite in orbit.", &[]),
    ("India joins Kenya and Peru in an exclusive club of lunar landers.", &[]),
    ("Kenya joins Peru in a group that will build the lunar rover with NASA.", &["participation positive actual agency:nasa,country:KE,country:PE|"]),
    ("Kenya joins Peru on the rover project.", &["participation positive actual country:KE,country:PE|"]),
    // A part of a cooperation: the cooperation is the claim.
    ("It is part of Chile and Peru's strategic cooperation.", &["collaboration positive actual country:CL,country:PE|"]),
    // A country and its own agency are one party.
    ("Japan's participation, managed by JAXA, keeps growing.", &[]),
    // Two bodies of one country, neither part of the other, work together, also when their
    // country is named beside them.
    ("The camera was built by Stanford University and two other U.S. universities, Purdue University and Cornell University.",
        &["collaboration positive actual country:US,organization:cornell,organization:purdue,organization:stanford|"]),
    // A speech verb inside a capitalised name ("Member States") reports nothing: the quotation
    // before the real attribution still states its claim.
    ("“Mindful of the costs, Peru backs the embargo imposed on Chile by its Member States,” the agency said.", &["prohibition negative actual country:CL,country:PE|"]),
    // "The two sides" are two: a body and its own country are one side.
    ("Egypt's EgSA and China's CNSA met in May. The two sides will build a satellite together.", &["collaboration positive planned agency:cnsa,agency:egsa|"]),
    // The people who speak for countries stand for them.
    ("The presidents of Kenya and Peru met in Lima. The two leaders signed a space pact.", &["agreement positive actual country:KE,country:PE|"]),
    // The bodies a report cites are its sources.
    ("Chile and Peru met in May. The two countries signed a pact, the paper reported, citing Kenya's space agency.", &["agreement positive actual country:CL,country:PE|"]),
    // A country named in "the ongoing Ruritania crisis" is the crisis's, not a party.
    ("Peru ended its cooperation with Chile over the ongoing Bolivia crisis.", &["prohibition negative actual country:CL,country:PE|"]),
    // A semicolon inside brackets parts two names of one body, not two clauses.
    ("Peru signed an agreement with the German Aerospace Center (Deutsches Zentrum für Luft- und Raumfahrt; DLR) and Kenya.", &["agreement positive actual agency:dlr,country:KE,country:PE|"]),
    // A list goes on past an owner's name and an acronym in brackets; "towards" is no verb.
    ("Peru signed a pact with the Kenya Space Agency (KSA), Japan's JAXA, and the Indian Space Research Organisation towards a joint probe.", &["agreement positive actual agency:isro,agency:jaxa,agency:ksa-kenya,country:JP,country:PE|"]),
    ("Peru signed a pact with the Kenya Space Agency (KSA), Japan's JAXA, and the Indian Space Research Organisation last week.", &["agreement positive actual agency:isro,agency:jaxa,agency:ksa-kenya,country:JP,country:PE|"]),
    ("Peru signed a pact with Kenya, and the Indian Space Research Organisation towards a joint probe.", &["agreement positive actual agency:isro,country:KE,country:PE|"]),
    // "The parties" are the whole group named before, however many.
    ("Peru signed a pact with Chile, Kenya and Egypt in May. The parties will build a camera together.", &["agreement positive actual country:CL,country:EG,country:KE,country:PE|", "collaboration positive planned country:CL,country:EG,country:KE,country:PE|"]),
    // The party replaced is no partner.
    ("The UAE replaced Japan as India's partner on the rover.", &["collaboration positive actual country:AE,country:IN|"]),
    ("Kenya built the camera in place of Peru for the CNES lander.", &["contribution positive actual agency:cnes,country:KE|"]),
    // Where a diplomat serves is a place; the country represented acts through its diplomat.
    ("The partnership was confirmed by the Ambassador of Peru to Kenya.", &[]),
    ("The Ambassador of Peru in Kenya signed the APSCO convention.", &["agreement positive actual country:PE,organization:apsco|"]),
    // Preventing cooperation is a prohibition.
    ("Export rules prevented Kenya from joining the Peru relay programme.", &["prohibition negative actual country:KE,country:PE|"]),
    // "Citing" a fact is no attribution to a source.
    ("The pilot said more nations will fly, citing earlier flights that involved crews from Peru and Chile with the ESA.", &["participation positive planned agency:esa,country:CL,country:PE|"]),
    // A singular reference is the subject of the sentence before, not its last name, and may
    // be of the same country as a party of its own sentence.
    ("NASA, ESA and JAXA are training the crew. The agency's mission is supported by Kenya.", &["collaboration positive actual agency:esa,agency:jaxa,agency:nasa|", "contribution positive actual agency:nasa,country:KE|"]),
    // "Agency in Egypt" inside a name: Egypt is a place.
    ("Peru works with the Kenya Space Agency in Egypt.", &["collaboration positive actual agency:ksa-kenya,country:PE|"]),
    ("Peru works with partners in Egypt.", &["collaboration positive actual country:EG,country:PE|"]),
    ("The European Commission has signed arrangements with administrations in Peru, Kenya and Chile.", &["agreement positive actual country:CL,country:KE,country:PE,organization:european-commission|"]),
    ("ESA will work with the governments in Peru and Kenya.", &["collaboration positive planned agency:esa,country:KE,country:PE|"]),
    ("The agreement was signed at a university in Japan by ESA and NASA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Chile, which has ties with Peru and kept quiet about the Bolivia offensive, signed the pact.", &["agreement positive actual country:CL,country:PE|"]),
    // The opening phrase of a speaker sets the scene; "his company" is the speaker's body.
    ("Speaking at a forum organised by ESA and JAXA in Lima, Ana Lima, head of the Kenya Space Agency, said that her agency had signed a pact with Peru.", &["agreement positive actual agency:ksa-kenya,country:PE|"]),
    ("Speaking on the sidelines of the Lima Space Expo, organised by CII and Antrix, Ana Lima said that Kenya will work with Peru.", &["collaboration positive planned country:KE,country:PE|"]),
    // "Unravel" with an object solves; it ends nothing.
    ("The joint effort of Kenya and Peru aims to unravel the mysteries of dust storms.", &["intent positive intended country:KE,country:PE|"]),
    // Formalising cooperation is concluding an agreement.
    ("Kenya and Peru have formalised a partnership on the radar.", &["agreement positive actual country:KE,country:PE|"]),
    // A comparison after a relation names no adversaries before it.
    ("The partnership between Kenya and Peru is similar to many others.", &["collaboration positive actual country:KE,country:PE|"]),
    // A list item that only names an agreement is a heading; one that states something is not.
    ("Our partners\n\n+ Kenya-Chile Agreement\n+ Kenya-Peru Agreement\n+ NASA provides the radar for ESA\n", &["contribution positive actual agency:esa,agency:nasa|"]),
    // A future copula says what the cooperation will be, not that it is still to come.
    ("The partnership between Chile and Peru will be a model for others.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The partnership between Chile and Peru will be signed in May.", &["agreement positive planned country:CL,country:PE|"]),
    // A noun with a past participle of cooperation after it names an act done.
    // What an agreement aims at or calls for is what it states; a party's aim is a wish.
    ("The memorandum aims to strengthen cooperation between Kenya and Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("The accord also calls for Kenya to train engineers from Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("The agreement between Chile and Peru calls for joint launches.", &["agreement positive actual country:CL,country:PE|"]),
    // A signing named with who signs is their agreement.
    ("The minister witnessed the signing ceremony between Chile and Peru.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya aims to strengthen cooperation with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Kenya looks forward to working with Peru.", &["intent positive intended country:KE,country:PE|"]),
    // A crew member of one party flying on another's mission takes part in it.
    ("A KSA astronaut will fly on NASA's Artemis III mission.", &["participation positive planned agency:ksa-kenya,agency:nasa|mission:artemis-3"]),
    // A city and its country after a phrase of place name where, not who.
    ("Kenya and Peru signed the deal at a conference held in Lima, Chile.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed the deal with ESA during a meeting in Harwell, the United Kingdom.", &["agreement positive actual agency:esa,country:KE|"]),
    // Parties added in a phrase set off by commas belong to the subject; speakers stay sources.
    ("Chile, along with Peru and Kenya, will build the ground station.", &["collaboration positive planned country:CL,country:KE,country:PE|"]),
    ("Chile, along with Peru, said the ground station failed.", &[]),
    // A body the sentence founds is what the parties make, not one of them.
    ("Chile and Peru signed a declaration on the creation of the Andean Space Agency.", &["agreement positive actual country:CL,country:PE|"]),
    ("Kenya and Nigeria agreed to establish the African Space Agency.", &["agreement positive actual country:KE,country:NG|"]),
    ("Chile and Peru plan to launch an Andean Science Working Group to coordinate research.", &["intent positive planned country:CL,country:PE|"]),
    ("Chile and Peru signed the accords. Kenya is one of the countries discussing terms.", &["agreement positive actual country:CL,country:PE|"]),
    ("Peru has worked frequently with Chile and Kenya.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    // A speech verb in an opening clause of time reports no more than that clause.
    ("After Kenya announced the suspension of all cooperation with Chile, Peru ended its work with Chile.", &["prohibition negative actual country:CL,country:PE|", "prohibition negative actual country:CL,country:KE|"]),
    ("Ana Lima will fly on the mission as part of the agreement signed between Kenya and Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // Any preposition ends the name of the thing made.
    ("Kenya and Peru have launched the Aurora Programme during the conference in Cairo.", &["joint_mission positive actual country:KE,country:PE|program:aurora"]),
    ("Kenya and Peru built the Lyra satellite during the war.", &["joint_mission positive actual country:KE,country:PE|"]),
    // Two verbs of making joined by "and" share their object, a whole mission.
    ("Chile and Peru have collaborated on designing and building the Lyra satellite.", &["joint_mission positive actual country:CL,country:PE|"]),
    // A maker's participle joined to its party is an adjective: the verb after it gives the
    // tense, and it states the claim before an agreement it follows.
    ("A Chile-built rover will fly on Peru's lander mission.", &["contribution positive planned country:CL,country:PE|"]),
    ("A Chile-built rover flew on Peru's lander mission.", &["contribution positive actual country:CL,country:PE|"]),
    ("A Chile-built rover will fly on Peru's lander mission, following an agreement between the two countries.", &["contribution positive planned country:CL,country:PE|"]),
    // A country set off by a dash before a longer name it does not belong to is a party.
    ("The members of APSCO are Kenya, Chile \u{2013} Agencia Chilena del Espacio Profundo (ACEP), and Peru.", &["participation positive actual country:CL,country:KE,country:PE,organization:apsco|"]),
    // Quotation marks inside a phrase do not part its words.
    ("The projects include \u{201C}joint contributions\u{201D} from Kenya and Peru.", &["contribution positive actual country:KE,country:PE|"]),
    // A document that speaks refers back to its own parties; they are no sources.
    ("A joint statement between Kenya and Peru noted that the two sides will share data.", &["agreement positive actual country:KE,country:PE|"]),
    // A speech verb's "-s" form after a determiner is a plural noun: it reports nothing.
    ("The Kenya Space Agency said that, at the same time, it fully aligns with the sanctions imposed on Peru by its member states.", &["prohibition negative actual agency:ksa-kenya,country:PE|"]),
    // Every party coordinated after the "for" of what is made is a customer, not a partner.
    ("CAST built the satellites for Kenya, Peru and Chile.", &[]),
    ("CAST will build a satellite for Kenya, following similar ventures for Peru and Chile.", &[]),
    // A negated modal of permission or obligation forbids the cooperation it governs.
    ("NASA may not cooperate with China.", &["prohibition negative actual agency:nasa,country:CN|"]),
    // Being unable is a "cannot"; an act failed or negated negates the cooperation it names.
    ("Kenya is unable to cooperate with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Chile failed to reach an agreement with Peru.", &[]),
    ("Chile and Peru did not agree on a joint mission.", &[]),
    ("Chile and Peru did not agree to build a joint mission.", &[]),
    ("Chile did not sign the deal but agreed on a joint mission with Peru.", &["joint_mission positive actual country:CL,country:PE|"]),
    // "n't" is a negation inside its word, with a straight or a curly apostrophe.
    ("Chile didn't sign a cooperation agreement with Peru.", &[]),
    ("Chile hasn\u{2019}t joined the mission with Peru.", &[]),
    ("Chile doesn't cooperate with Peru.", &[]),
    // A cooperation the object names as existing is not negated with the act.
    ("Kenya failed to secure funding for its joint mission with Peru.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Chile and Peru did not agree on the details of the joint mission.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("NASA was unable to confirm its partnership with ESA.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    ("Kenya won't be able to work with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya will not be able to comment on its deal with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    ("NASA cannot work with China under the law.", &["prohibition negative actual agency:nasa,country:CN|"]),
    ("NASA may not engage in any bilateral activities with China.", &["prohibition negative actual agency:nasa,country:CN|"]),
    ("Such a mission cannot be done without cooperation between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("\u{201C}We can't wait to work with Peru,\u{201D} Kenya said.", &["intent positive intended country:KE,country:PE|"]),
    // A country written right before a noun for a mission owns it, like a possessive: with
    // its own body named before it, it is no party of its own.
    ("The Kenya Space Agency has collaborated with NASA on the first U.S. mission to an asteroid.", &["collaboration positive actual agency:ksa-kenya,agency:nasa|"]),
    // A body or country named right before a vehicle it runs, or owning it, supplies the ride.
    ("An initiative between Kenya and Peru, the satellite was carried into orbit on a SpaceX Falcon Heavy rocket.", &["joint_mission positive actual country:KE,country:PE|"]),
    // The maker of a vehicle set off after it supplies a ride.
    ("The Soyuz rocket, built by Roscosmos, launched the OneWeb satellites.", &[]),
    ("NASA provided Axiom with a seat on Russia's Soyuz spacecraft.", &["contribution positive actual agency:nasa,organization:axiom-space|"]),
    // A project is a whole mission: owned by a pair, or made by a coordinated subject.
    ("The Kenya-Peru project began in 2020.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Kenya and Peru will complete the Aurora project.", &["joint_mission positive planned country:KE,country:PE|"]),
    // A country a thing comes from is no party: "of US origin", "US-origin".
    ("Owned by the Kenya Space Agency, the satellite is built by Airbus with components of US origin.", &["contribution positive actual agency:ksa-kenya,organization:airbus|"]),
    ("The Kenya Space Agency and Airbus built the satellite with US-origin parts.", &["joint_mission positive actual agency:ksa-kenya,organization:airbus|"]),
    // A noun cue that only modifies the next one in its compound leaves the kind to the head.
    ("2020 marks 40 years of treaty level science cooperation between Kenya and Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru signed a cooperation agreement.", &["agreement positive actual country:KE,country:PE|"]),
    ("Lyra is a KSA mission with contributions from its member states and Peru.", &["contribution positive actual agency:ksa-kenya,country:PE|"]),
    // A future set off by a comma after a mission says when the mission flies.
    ("A KSA astronaut has been assigned to NASA's Lyra mission, set to fly in 2030.", &["participation positive actual agency:ksa-kenya,agency:nasa|"]),
    // A participle after the noun it describes, with no object, is no verb of the clause:
    // the verb after it states the claim and gives its tense.
    ("Kenya, Peru and the other countries involved will take part in the lunar mission.", &["participation positive planned country:KE,country:PE|"]),
    ("Under the deal, the agencies involved, KSA and ESA, will take part in lunar missions.", &["participation positive planned agency:esa,agency:ksa-kenya|"]),
    // So does a participle phrase set off by commas, or opening the sentence.
    ("Signed during the congress, the partnership will see Chile and Peru work on a rover.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The Lima Arrangement, signed on 17 January, will enable the sharing of data between Chile and Peru.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The lunar mission involved Kenya and Peru.", &["participation positive actual country:KE,country:PE|"]),
    // A list after a colon, one item a line, is one sentence and one claim.
    // Two or more parties as the subject act together, whatever the verb of action.
    ("Kenya and Peru have sent four weather satellites into orbit.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Chile and Peru met in May. In 2030, the two countries plan to build tracking stations.", &["intent positive planned country:CL,country:PE|"]),
    ("Chile and Peru met in May. The two countries plan to build stations in each other's territory.", &["intent positive planned country:CL,country:PE|"]),
    ("Chile and Peru met in May. The minister said both sides brought strengths to the table.", &["collaboration positive actual country:CL,country:PE|"]),
    // A verb of launching with no mission as its object is a joint action too.
    ("Kenya and Peru launched four rockets last year.", &["collaboration positive actual country:KE,country:PE|"]),
    // Saying, owning and negating are no joint action.
    ("Kenya and Peru said the launch went well.", &[]),
    ("Kenya and Peru have missions to Mars.", &[]),
    ("Kenya and Peru have not built a satellite.", &[]),
    ("Kenya and Peru visited the launch site in May.", &[]),
    ("Kenya and Peru made the announcement in May.", &[]),
    ("Kenya and Peru will be the first countries to land there.", &[]),
    ("Kenya and Peru have launched dozens of rockets each.", &[]),
    ("Kenya and Peru have both launched weather satellites.", &[]),
    // Weighing something together is an intent.
    ("Chile and Peru are considering a lunar mission.", &["intent positive intended country:CL,country:PE|"]),
    ("JAXA and CONIDA will explore the possibility of launching the probe.", &["intent positive planned agency:conida,agency:jaxa|"]),
    ("Chile and Peru met in May. Both sides expressed satisfaction with the talks.", &[]),
    ("Kenya and Peru will be working on a rover.", &["collaboration positive planned country:KE,country:PE|"]),
    // So do two or more parties as the agent of a passive, also after a short colon phrase.
    ("The survey will be implemented by Chile and Peru.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The tests will be carried out by Chile and Peru.", &["collaboration positive planned country:CL,country:PE|"]),
    ("The survey was prepared by two teams from two countries: the University of Lima and the University of Nairobi.", &["collaboration positive actual organization:local-university-of-lima,organization:uon|"]),
    ("The summit was attended by Chile and Peru.", &[]),
    ("The plan was criticised by Chile and Peru.", &[]),
    ("The survey was implemented by Chile and Peru separately.", &[]),
    // Names of universities in other languages take their connectors and are written
    // without accents too.
    ("The radar was built by the Universita degli Studi di Padova with NASA.", &["collaboration positive actual agency:nasa,organization:local-universita-degli-studi-di-padova|"]),
    // A cooperation in a participle phrase set off by commas is done; the future after it is
    // what the thing will do. What is given still goes on to where it will serve.
    ("The camera, built jointly by Chile and Peru, will map the lunar surface.", &["collaboration positive actual country:CL,country:PE|"]),
    // An agreement with a past participle of cooperation after it is done; the future is what
    // it will do.
    ("The memorandum, signed by Chile and Peru last week, will enable joint research.", &["agreement positive actual country:CL,country:PE|"]),
    ("The memorandum signed by Chile and Peru will enable joint research.", &["agreement positive actual country:CL,country:PE|"]),
    ("The camera, made by Chile, will fly on Peru's lander.", &["contribution positive planned country:CL,country:PE|"]),
    // Verbs of emphasis and recall report speech: the speaker's body is a source.
    ("NASA Administrator Ana Lima emphasized the importance of Chile-Peru cooperation.", &["collaboration positive actual country:CL,country:PE|"]),
    ("The CNES chief recalled that Chile and Peru signed the accord in 2010.", &["agreement positive actual country:CL,country:PE|"]),
    ("ESA highlighted its cooperation with NASA.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    // A cue capitalised inside a name or a title is no statement.
    ("CNSA presented the \u{201c}Lunar Project: International Cooperation\u{201d} trophies to ESA.", &[]),
    ("Chile and Peru signed the Space Cooperation Agreement.", &["agreement positive actual country:CL,country:PE|"]),
    // A gathering held jointly is attended together, no cooperation.
    ("Chile and Peru held a joint press conference in Lima.", &[]),
    ("Chile and Peru run a joint lunar programme.", &["joint_mission positive actual country:CL,country:PE|"]),
    // Watching an act is no part in it, nor is joining someone to watch it.
    ("Chile and Peru watched the launch from the platform.", &[]),
    ("Kenya joined Nigeria at the spaceport to watch the launch.", &[]),
    // A body "was established" with no founder named came into being; no one founded it
    // together.
    ("The office was established to serve Chile and Peru.", &[]),
    ("The office was established by Chile and Peru in 2020.", &["collaboration positive actual country:CL,country:PE|"]),
    // Active, one subject establishes a thing of its own; two subjects, a subject referring
    // back to two, or a partner in the object, found something together.
    ("The landing made Peru the second nation to establish a base on the Moon after Chile.", &[]),
    ("Kenya is gaining influence in the region, where Peru has established a launch site.", &[]),
    ("Kenya established ties with Peru in 1990.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru met in Lima, where they established a working group.", &["collaboration positive actual country:KE,country:PE|"]),
    // Owning a stake in a body is taking part in it; a figurative stake is none.
    ("Kenya will take a stake in Arianespace.", &["participation positive planned country:KE,organization:arianespace|"]),
    ("Kenya took a stake in Mars exploration in 2014, after Peru.", &[]),
    // A count standing for the things counted names who supplies them after "from".
    ("The Aurora lander carries six instruments: three from Chile, two from Kenya and one from Peru.", &["contribution positive actual country:CL,country:KE,country:PE|"]),
    // A country's possessive naming a part of it after a preposition of place is a place; so
    // is "part of" a country.
    ("Peru and ESA held sea survival training off Chile's coastal city of Arica.", &["collaboration positive actual agency:esa,country:PE|"]),
    // A verb of giving with no giver before it names only whom it serves.
    ("The satellite was designed to provide television for Peru, two neighbours \u{2014} Bolivia and Ecuador \u{2014} and part of Chile.", &[]),
    ("Kenya will provide the camera for Peru.", &["contribution positive planned country:KE,country:PE|"]),
    // "these countries" besides a party of its own sentence is the whole group named before.
    ("Chile, Kenya and Ghana signed the charter in 2020. Peru later joined these countries in the programme.", &["agreement positive actual country:CL,country:GH,country:KE|", "participation positive actual country:CL,country:GH,country:KE,country:PE|"]),
    ("The members of APSCO are:\n\n  \u{2022} Kenya,\n  \u{2022} Chile \u{2013} Agencia Chilena del Espacio Profundo (ACEP), and\n  \u{2022} Peru.", &["participation positive actual country:CL,country:KE,country:PE,organization:apsco|"]),
    // A body named before a noun for its members stands for members it does not name.
    ("A probe built jointly by Chile and Peru flew under a programme seen as a model for cooperation among APSCO nations.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("NASA will cooperate with ESA member states on the rover.", &[]),
    // A venture "between" parties is theirs jointly; "involvement" is taking part.
    ("The scheme began in 2015 as a training initiative between JAXA and CONIDA.", &["joint_mission positive actual agency:conida,agency:jaxa|"]),
    ("Of these, Chile, Kenya and Peru have the greatest involvement.", &["participation positive actual country:CL,country:KE,country:PE|"]),
    // A country written before its own body's name describes it and takes part with it.
    ("The U.S. National Aeronautics and Space Administration signed a deal with Peru.", &["agreement positive actual agency:nasa,country:PE,country:US|"]),
    ("Kenya and the Kenya Space Agency signed a deal with Peru.", &["agreement positive actual agency:ksa-kenya,country:KE,country:PE|"]),
    // A country in a compound counts when the parties named make no pair of their own.
    ("The law bars the U.S. National Aeronautics and Space Administration from working with Peru-owned firms.", &["prohibition negative actual agency:nasa,country:PE,country:US|"]),
    // A cue in an appositive after a party describes it; the clause's own cue decides.
    ("The probe was built by Kenya in cooperation with Chile, another signatory of the charter.", &["joint_mission positive actual country:CL,country:KE|"]),
    ("Chile, a member of APSCO, launched a satellite.", &["participation positive actual country:CL,organization:apsco|"]),
    // A basis frame states the claim when the cues outside it state nothing after all.
    ("The Kenya Space Agency astronaut will fly aboard the Soyuz under a barter agreement with Roscosmos.", &["agreement positive planned agency:ksa-kenya,agency:roscosmos|"]),
    // A body named right before a noun for a vehicle supplies the ride.
    ("The satellite, built by Airbus for the UK Space Agency, was launched on a SpaceX rocket.", &[]),
    // A vehicle that receives what is supplied: its owner takes part.
    ("Chile will supply the engines for Peru's rocket.", &["contribution positive planned country:CL,country:PE|"]),
    ("Mexico and Argentina announced the creation of a regional ground station network.", &["collaboration positive actual country:AR,country:MX|"]),
    // Payloads launched together share a rocket; no cooperation.
    ("The Kenyan satellites will be launched together with those of Stanford University and the University of Nairobi.", &[]),
    // A counted reference with fewer antecedents than it counts means others, unnamed.
    ("Chile and Ghana agreed on the survey. The Kenyan, Ghanaian and Nigerian flags flew at the launch. All three nations have imposed sanctions on Russia over its invasion of Ukraine.", &["agreement positive actual country:CL,country:GH|"]),
    // Blocking a party keeps it out; staying committed to a cooperation keeps it.
    ("Kenya has blocked Peru from joining the Lunar Gateway.", &["prohibition negative actual country:KE,country:PE|mission:gateway"]),
    ("Kenya and Peru remain committed to their partnership despite the sanctions.", &["collaboration positive actual country:KE,country:PE|"]),
    // A verb of doing together with a mission as its object makes a joint mission.
    ("Chile and Peru will co-develop the Inti satellite.", &["joint_mission positive planned country:CL,country:PE|"]),
    ("Chile and Peru will co-host a workshop on satellites.", &["collaboration positive planned country:CL,country:PE|"]),
    // A partner of a mission takes part in it; a partner of a party cooperates with it.
    ("Kenya became a partner of NASA's Gateway.", &["participation positive actual agency:nasa,country:KE|mission:gateway"]),
    ("Kenya became a partner of Peru in space.", &["collaboration positive actual country:KE,country:PE|"]),
    // "each other" is the sentence's own subject acting on itself; it names no one from before.
    ("Chile met Peru in May. Kenya and its overseas partners are sharing each other's data.", &[]),
    ("Chile and Peru lifted sanctions against each other.", &["collaboration positive actual country:CL,country:PE|"]),
    // A titled speaker's body is the actor of a reported clause that refers back to it; a
    // country reference does not fit a body.
    ("Kenya Space Agency director Ana Lima said the agency is in talks with CONIDA.", &["intent positive intended agency:conida,agency:ksa-kenya|"]),
    ("Ana Lima, head of the Kenya Space Agency, told reporters that the agency will work with CONIDA.", &["collaboration positive planned agency:conida,agency:ksa-kenya|"]),
    ("Kenya Space Agency director Ana Lima said the country will work with Peru.", &[]),
    // Announcing a mission named as the object together presents it as theirs; owners'
    // possessives stand with their bodies in the subject.
    ("Kenya's KSA and Peru's CONIDA announced the Lunar Gateway.", &["collaboration positive actual agency:conida,agency:ksa-kenya,country:KE,country:PE|mission:gateway"]),
    ("Kenya's KSA announced the Lunar Gateway.", &[]),
    ("KSA and CONIDA announced that the Lunar Gateway will fly in May.", &[]),
    // A crew member sent to a place aboard another party's mission takes part in it.
    ("Peru will send an astronaut to the Moon aboard Kenya's Lunar Gateway.", &["participation positive planned country:KE,country:PE|mission:gateway"]),
    // Undoing a stop is no stop; dropping a partnership stops it; rescinding sanctions lifts them.
    ("Kenya reversed the decision to end its partnership with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya dropped its partnership with Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    // Obstructing cooperation stops it; obstructing anything else stops nothing.
    ("The floods disrupted cooperation between Kenya and Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("The unrest hindered plans for a partnership between Kenya and Peru.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Budget cuts could derail Kenya's partnership with Peru.", &["prohibition negative intended country:KE,country:PE|"]),
    ("Kenya rescinded the sanctions on Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    // Taking a party out of a work keeps it out; taking a thing out stops nothing.
    ("Kenya has removed Peru from the project.", &["prohibition negative actual country:KE,country:PE|"]),
    ("ESA removed the Kenyan camera from the rover.", &[]),
    // Parties counted together make a sum, no joint act.
    ("If the landing succeeds, Kenya and Peru will together become the next two nations to land on the Moon.", &[]),
    ("Kenya and Peru together account for half of the budget.", &[]),
    ("Kenya and Peru together built the satellite.", &["joint_mission positive actual country:KE,country:PE|"]),
    // Receiving visitors is hosting them; receiving funds from a party is being given them.
    ("The Kenyan minister was received by the head of ESA and by Peru's ambassador.", &[]),
    ("Kenya received funding from ESA for the satellite.", &["contribution positive actual agency:esa,country:KE|"]),
    // A route's start is a place: "from Lima, Peru to Kourou".
    ("The probe was shipped from Lima, Peru to Kourou and then delivered to Arianespace.", &[]),
    // What a ban or a stop is over is no party to it; a reason that states a ban of its own
    // keeps its parties.
    ("Kenya imposed sanctions on Peru over its sale of engines to Chile.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya suspended cooperation with Peru because of a dispute with Chile.", &["prohibition negative actual country:KE,country:PE|"]),
    ("Kenya has frozen its work with Airbus in response to EU sanctions on the country.", &["prohibition negative actual country:KE,organization:airbus|", "prohibition negative actual country:KE,organization:eu|"]),
    // "over" before a time or an amount gives no reason, and partners after "with" are partners.
    ("Kenya has halted cooperation over the years with NASA and ESA.", &["prohibition negative actual agency:esa,agency:nasa,country:KE|"]),
    ("Kenya banned the export of satellites over 500 kg to Peru and Chile.", &["prohibition negative actual country:CL,country:KE,country:PE|"]),
    ("Kenya halted cooperation over space with Peru in 2014.", &["prohibition negative actual country:KE,country:PE|"]),
    // A pair before a named mission whose name ends in a mission word owns it together; not
    // when a noun follows the name, which the pair qualifies.
    ("The Kenya-Peru Solar Maximum Mission studied the Sun.", &["joint_mission positive actual country:KE,country:PE|mission:smm"]),
    ("The Kenya-Peru Solar Maximum Mission rivalry heated up.", &[]),
    // "these entities", "the bodies" refer back to the bodies named before.
    ("NASA and ESA met in Lima. These entities later signed a deal.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("NASA and ESA met in Lima. The bodies later signed a deal.", &["agreement positive actual agency:esa,agency:nasa|"]),
    // An office named for two fields is a title: no cooperation.
    ("Kenya's Minister of Foreign Affairs and International Cooperation met the head of ESA.", &[]),
    // A quoted phrase that goes on with its sentence is no quotation a speech verb attributes;
    // one that ends in punctuation, or is followed by its speaker, is.
    ("Chile stopped \"every joint project\" with Peru and said it was sorry, said Ana Lima.", &["prohibition negative actual country:CL,country:PE|"]),
    ("\"We will fly together with JAXA\" NASA's head Ana Lima said.", &["collaboration positive planned agency:jaxa,agency:nasa|"]),
    ("\"We will fly together with JAXA,\" NASA's head Ana Lima said on Monday.", &["collaboration positive planned agency:jaxa,agency:nasa|"]),
    // "and" with no comma starts a clause when no name stands before it and an auxiliary
    // or a speech verb follows the new subject; names coordinated before a verb stay one
    // subject, and a past form may be a participle ("SSTL based in"), so it marks no border.
    ("Chile and Peru ended their joint work with Brazil in May and the UK Space Agency is weighing the same step.", &["prohibition negative actual country:BR,country:CL,country:PE|"]),
    ("Kenya signed a deal with Peru in May and Chile will join the project.", &["agreement positive actual country:KE,country:PE|"]),
    ("The accord signed by Kenya and Peru is a first.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru in May and Chile said it would join.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with Peru and Chile said it would join.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya will cooperate with Peru and Chile said the minister.", &["collaboration positive planned country:CL,country:KE,country:PE|"]),
    // The future a new speaker reports is no tense of the deal before it.
    ("The NASA chief praised the deal with ESA and JAXA said it would join.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("Kenya signed a deal with Peru in May and Chile joined in June.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("ESA signed contracts with OHB for the bus and SSTL based in Guildford.", &["agreement positive actual agency:esa,organization:ohb,organization:sstl|"]),
    // A part joined to its parent by "and" or "with" works with it; written as its owner's
    // ("NASA's JPL") or beside it ("JPL, NASA") it is one body.
    ("The cubesat was developed by CPUT and F'SATI.", &["joint_mission positive actual organization:cput,organization:fsati|"]),
    ("CPUT worked with F'SATI on the cubesat.", &["collaboration positive actual organization:cput,organization:fsati|"]),
    ("ISRO and its Space Applications Centre built the camera.", &["collaboration positive actual agency:isro,organization:sac-isro|"]),
    ("ISRO worked with its Space Applications Centre on the camera.", &["collaboration positive actual agency:isro,organization:sac-isro|"]),
    ("NASA's JPL built the rover.", &[]),
    ("JPL, NASA built the rover.", &[]),
    // "It" opening a sentence, partnered in the passive, is the party that opened the one
    // before; made by someone in the passive it is the thing made.
    ("Airbus builds rockets in Lisbon. It is partnered with Thales Alenia Space on the rover.", &["collaboration positive actual organization:airbus,organization:thales-alenia-space|"]),
    ("Chile signed the accords. It was built by NASA.", &[]),
    // Who a thing is done without is left out of it.
    ("Chile extended its participation in the station to 2030, in line with Peru but without Kenya.", &["participation positive actual country:CL,country:PE|"]),
    // A joint venture is a company its partners own: their collaboration, no mission.
    ("Airbus and Safran formed a joint venture in 2015.", &["collaboration positive actual organization:airbus,organization:safran|"]),
    // The person a report quotes, and the body in the person's title, are sources.
    ("ISRO will build the lander and JAXA the rover, as per a report quoting Ana Lima, director of the Kenya Space Agency.", &["contribution positive planned agency:isro,agency:jaxa|"]),
    // An appositive after the speaker's name does not hide the speaker of a clause that
    // opens with a party of its own.
    ("SpaceX, a launch firm, said that Peru will join the mission.", &[]),
    // An appositive naming who a joint undertaking joins states their relation of its own;
    // "a partner of" relates the party described to its list.
    ("ArianeGroup, the joint venture of Airbus and Safran, welcomed Japan as a new partner.", &["participation positive actual country:JP,organization:arianegroup|", "collaboration positive actual organization:airbus,organization:safran|"]),
    ("Chile, a partner of Peru and Kenya, signed with Japan.", &["agreement positive actual country:CL,country:JP,country:KE,country:PE|"]),
    // Cooperation in fields outside space only is no claim about space; a list that goes on
    // with another field is.
    ("Chile signed a deal with Peru. The two countries have also expanded ties in the gas sector.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru agreed to cooperate in the fields of energy, trade and defence.", &[]),
    ("Chile and Peru agreed to cooperate in the fields of energy, trade and space.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru expanded economic cooperation.", &[]),
    ("Chile and Peru signed a trade agreement.", &[]),
    // Sharing values is having them in common, no cooperation.
    ("Chile and Peru share the same values and face similar challenges.", &[]),
    // Unnamed others invited to cooperate are who would cooperate, not those inviting;
    // a party invited is.
    ("Chile signed a deal with Peru. They invite other nations and institutes to take part in the programme and share in the joint research.", &["agreement positive actual country:CL,country:PE|"]),
    ("Chile and Peru invited Kenya to join the program.", &["participation positive intended country:CL,country:KE,country:PE|"]),
    // A noun cue before "could" is only possible cooperation.
    ("Cooperation between Chile and Peru could span many fields.", &["intent positive intended country:CL,country:PE|"]),
    // "Could not" tells what was impossible, no possibility; a modal and "not" before
    // "continue" stop the cooperation, as "won't continue" does.
    ("Chile said it could not continue its work with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    ("Chile would not continue its work with Peru.", &["prohibition negative actual country:CL,country:PE|"]),
    // A field word qualifying a noun of space names no other field.
    ("Japan and Peru agreed to cooperate on defence satellites.", &["agreement positive actual country:JP,country:PE|"]),
    // Inviting a chance is no invitation of others.
    ("JAXA welcomed the opportunity to collaborate with NASA on the rover.", &["collaboration positive actual agency:jaxa,agency:nasa|"]),
    // A pronoun after a closing quotation mark ends where the pronoun does, not inside the
    // mark (this sentence once panicked).
    ("Students join the programme, when they build the probe ‘Zorva’,” he added.", &[]),
    // A speaker named after the verb, at the end of a statement with no cue after it, is a
    // source, however many parties the statement names before it.
    ("The launch was a proud moment for all who worked with Kenya, said Ana Lima, head of the Italian Space Agency, adding that more will come.", &[]),
    // Parties after "with" and a noun of contributing or taking part join the relation of the
    // parties before them: that relation, and the contribution to it.
    ("The Lumo satellite is a partnership between NASA and the Kenya Space Agency with contributions from the Italian Space Agency.", &["joint_mission positive actual agency:ksa-kenya,agency:nasa|", "contribution positive actual agency:asi,agency:ksa-kenya,agency:nasa|"]),
    ("The Lumo project of JAXA and the Kenya Space Agency, with major participation of ESA, will map the ice.", &["collaboration positive actual agency:jaxa,agency:ksa-kenya|", "participation positive actual agency:esa,agency:jaxa,agency:ksa-kenya|"]),
    // Parties joined by a dash open an event's name as one: the event is no party.
    ("On the margins of the EU-Kenya Space Dialogue, officials of the European Commission and Peru signed an accord.", &["agreement positive actual country:PE,organization:european-commission|"]),
    ("During the ESA–Kenya Leaders Summit, Peru signed the accord with Japan.", &["agreement positive actual country:JP,country:PE|"]),
    // A quoted title names a thing: its names and words of cooperation state nothing.
    ("Kenya published a report titled \"Cooperation between Peru and Chile in Space\".", &[]),
    ("Kenya signed an accord titled “Lunar Cooperation” with Peru.", &["agreement positive actual country:KE,country:PE|"]),
    // What an agreement brings about or commits its parties to is what it stipulates.
    ("The accord will see the Kenya Space Agency and Peru carry out extensive cooperation in training.", &["agreement positive planned agency:ksa-kenya,country:PE|"]),
    ("The deal commits Kenya and Peru to joint work on the satellite.", &["agreement positive actual country:KE,country:PE|"]),
    // A body before "former" and a word for a person is that person's former employer, no
    // party.
    ("Peru joins former ESA astronaut Ana Lima on the crew.", &[]),
    ("Kenya hired an ex-ESA engineer to help the Peru Space Agency.", &["participation positive actual agency:conida,country:KE|"]),
    // An agreement made in the passive by the parties after "by" is made here, not one the
    // text reported before.
    ("The deal for the Kenyan flight to the station was finalized last week by the two partners, ESA and Axiom Space.", &["agreement positive actual agency:esa,organization:axiom-space|"]),
    // A party the others depend on is what they would do without, no partner.
    ("Led by Kenya, eleven African states set up a joint space programme to reduce their reliance on NASA.", &[]),
    // More verbs of saying: the speaker's body is a source.
    ("Ana Lima, head of the Kenya Space Agency, gave assurance that the satellite carries Peru's camera.", &[]),
    ("Chile is working with Peru, Ana Lima of the Kenya Space Agency tweeted.", &["collaboration positive actual country:CL,country:PE|"]),
    // A company's name may start with a small letter ("nanoRAD") and end in a legal form
    // ("AG"), which the name it is known by leaves out.
    ("The Swiss firm nanoRAD AG signed a deal with Kenya.", &["agreement positive actual country:KE,organization:local-nanorad|"]),
    // A place joined to "-based" before a name is its adjective: the name is an item of the
    // list, no description of the party before it.
    ("Kenya, the Paris-based European Space Agency, and Chile signed joint statements.", &["agreement positive actual agency:esa,country:CL,country:KE|"]),
    // The Moon, the Sun and launching are fields of space a body is named for; a power plant
    // to be built is no body.
    ("Kenya worked with the Centre for Moon Studies.", &["collaboration positive actual country:KE,organization:local-center-for-moon-studies|"]),
    ("Kenya signed a deal with Peru to build a Solar Power Plant.", &["agreement positive actual country:KE,country:PE|"]),
    // What the rules above must leave alone: a speaker who speaks in the first person takes
    // part; reliance that grows is no conflict; a pair's dialogue as a subject acts; "SE" is
    // no legal form; a contribution already holds its contributors; "by" and a time names no
    // maker; plural people keep their former employer out.
    ("We will work closely with Kenya, said NASA.", &["collaboration positive planned agency:nasa,country:KE|"]),
    ("Kenya's reliance on NASA for launches has grown since it signed a deal with the agency.", &["agreement positive actual agency:nasa,country:KE|"]),
    ("The Kenya-Peru Strategic Dialogue on Space agreed to expand cooperation.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya signed a deal with SE Asia.", &[]),
    ("NASA and ESA will build the probe, with funding from Japan.", &["contribution positive planned agency:esa,agency:nasa,country:JP|"]),
    ("The agreement was reached by late Monday, and Kenya will now work with Peru.", &["collaboration positive planned country:KE,country:PE|"]),
    ("Ex-NASA engineers founded a company that now works with Kenya.", &[]),
    // A reported clause may open with a phrase of a preposition before its subject: the
    // speaker is still a source.
    ("The Kenya Space Agency said that under the accord signed in May, Peru would provide data to the Copernicus programme.", &[]),
    ("ESA said that in May, it would work with Chile.", &["collaboration positive planned agency:esa,country:CL|"]),
    // An adverb without "-ly" may stand between the auxiliary and the verb of making.
    ("Kenya and Peru have since developed six satellites.", &["joint_mission positive actual country:KE,country:PE|"]),
    ("Chile and Peru have already built two probes.", &["joint_mission positive actual country:CL,country:PE|"]),
    // A body no gazetteer lists belongs to the country whose possessive stands before its
    // name, and to the body named after its "of": neither is its partner.
    ("Kenya's Lunar Dust Research Institute is working on three new probes.", &[]),
    ("The Lunar Dust Laboratory of the Chinese Academy of Sciences is working on three new probes.", &[]),
    // A meeting's name with its numbered short name in brackets is a numbered meeting.
    ("The Asia-Pacific Regional Space Agency Forum (APRSAF-30) was co-hosted by ESA, CNES and JAXA.", &["collaboration positive actual agency:cnes,agency:esa,agency:jaxa|"]),
    // What two founders founded is no party beside them: one claim of the founders.
    ("APSCO was founded by Kenya and Peru in 2005.", &["collaboration positive actual country:KE,country:PE|"]),
    // The country that describes the body a reference names is that body's home.
    ("NASA unveiled a lunar plan. The U.S. agency is working with ESA on it.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    // A body listed with its number, or followed by another thing's numbered name, is no
    // meeting.
    ("Kenya and the G-20 signed an agreement.", &["agreement positive actual country:KE,organization:g20|"]),
    ("Kenya signed a launch contract with Arianespace (Ariane-6) in May.", &["agreement positive actual country:KE,organization:arianespace|"]),
    // What a thing contributes to is an effect, not something given; a party's share stays.
    ("Kenya and Peru signed a space accord. This should contribute to the two nations gaining a larger role in space.", &["agreement positive actual country:KE,country:PE|"]),
    ("Kenya contributed to building the satellite with Peru.", &["contribution positive actual country:KE,country:PE|"]),
    // A signing attended, in the passive too, is watched.
    ("The signing was attended by officials from both sides, including the heads of KSA and ESA.", &[]),
    // What parties envision is wished; what an accord envisages is arranged.
    ("Kenya and Peru envision that the rover will be part of a joint mission.", &["joint_mission positive intended country:KE,country:PE|"]),
    ("The accord envisages joint work between Kenya and Peru.", &["collaboration positive planned country:KE,country:PE|"]),
    // A founded body that does something more keeps its own claim; a craft's name before a
    // preposition is its name.
    ("APSCO, which was founded by Kenya and Peru, is working with ESA.", &["collaboration positive actual agency:esa,country:KE,country:PE,organization:apsco|", "collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru launched the satellite Aurora in May.", &["joint_mission positive actual country:KE,country:PE|mission:local-aurora"]),
    // After the list an agreement is between, a party joins only through a clause, a word of
    // joining or a cue of its own: not what the agreement is about.
    ("An agreement between ESA and NASA concerning the operation of the SKA Observatory was signed in Lima.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("The accord was signed in 2005 between Kenya and Peru, with representatives of KSA and CONIDA present.", &["agreement positive actual agency:conida,agency:ksa-kenya,country:KE,country:PE|"]),
    ("The agreement between Kenya and Peru was extended to Chile in 2020.", &["agreement positive actual country:CL,country:KE,country:PE|"]),
    ("An agreement between Kenya and Peru to build a rover for Chile was signed.", &["agreement positive actual country:KE,country:PE|"]),
    // A former parent, a customer or a source in an appositive stays a description.
    ("Kenya signed with Orbex, a former unit of Airbus.", &["agreement positive actual country:KE,organization:orbex|"]),
    ("Kenya signed a contract with Orbex, the company announced by NASA last year.", &["agreement positive actual country:KE,organization:orbex|"]),
    ("The two main partners are ESA and NASA.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    // A phrase whose "said" reports a party coordinated with another is a clause, no
    // description of the party before it.
    ("Orbex, a rocket firm that last week said the firm and NSIL, the commercial arm of ISRO, have entered an agreement.", &["agreement positive actual agency:isro,organization:nsil,organization:orbex|"]),
    // A reference back may count up to ten parties and name them with an adjective.
    ("ESA, NASA and JAXA signed an accord. The three international partners contribute mirrors and cameras to the observatory.", &["agreement positive actual agency:esa,agency:jaxa,agency:nasa|", "contribution positive actual agency:esa,agency:jaxa,agency:nasa|"]),
    ("Kenya, Peru, Chile, Brazil, Ghana and Mexico signed the convention. These six countries will become the first members of the new body.", &["agreement positive actual country:BR,country:CL,country:GH,country:KE,country:MX,country:PE|", "participation positive planned country:BR,country:CL,country:GH,country:KE,country:MX,country:PE|"]),
    // A sentence a page repeats word for word states its claim once; other words state it again.
    ("Kenya and Peru signed an accord.\n\nKenya and Peru signed an accord.\n\nKenya and Peru signed the accord.", &["agreement positive actual country:KE,country:PE|", "agreement positive actual country:KE,country:PE|"]),
    // A participle clause set off after a craft describes it, as a relative clause does: the
    // launcher or builder named there is no partner of the main clause.
    ("Kenya and Chile worked together on the Condor satellite, launched with SpaceX.", &["collaboration positive actual country:CL,country:KE|"]),
    ("Kenya and Chile signed an accord on the Condor satellite, built by Airbus for both.", &["agreement positive actual country:CL,country:KE|"]),
    ("The Condor satellite, built by Kenya and Chile, launched in May.", &["joint_mission positive actual country:CL,country:KE|"]),
    // A clause of developing names a partner; a builders' list runs to the comma that ends it.
    ("Kenya and Chile launched the Condor satellite, developed in cooperation with ESA.", &["joint_mission positive actual agency:esa,country:CL,country:KE|"]),
    ("Kenya and Chile signed an accord on the Condor satellite, built by Airbus, Thales and OHB, last year.", &["agreement positive actual country:CL,country:KE|", "joint_mission positive actual organization:airbus,organization:ohb,organization:thales|"]),
    // The body whose meeting is the occasion is where the act took place, not a party; a
    // meeting "of" two parties names its participants.
    ("Kenya and Chile signed the accord on the margins of the 12th session of the Committee on Space Research.", &["agreement positive actual country:CL,country:KE|"]),
    ("Kenya and Chile signed the accord at the annual meeting of the Committee on Space Research in Paris.", &["agreement positive actual country:CL,country:KE|"]),
    ("The accord was signed at a meeting of NASA and ESA.", &["agreement positive actual agency:esa,agency:nasa|"]),
    ("The accord was signed at a meeting of ESA, JAXA and NASA.", &["agreement positive actual agency:esa,agency:jaxa,agency:nasa|"]),
    // Relations that grow are cooperation; relations that sour are none.
    ("Over the past decade, Kenyan Space Agency and ESA relations have intensified.", &["collaboration positive actual agency:esa,agency:ksa-kenya|"]),
    ("Chile strengthened its ties with Peru after the launch.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Relations between Chile and Peru soured after the launch.", &[]),
    ("Chile and Peru relations grew tense after the launch.", &[]),
    ("The new cable will strengthen links between Chile and Peru.", &[]),
    // A country's possessive before a capitalised programme's name owns it, as before a
    // lowercase one; before a named region it is a place.
    ("Kenya will take part in China's Crewed Lunar Landing programme.", &["participation positive planned country:CN,country:KE|"]),
    ("Kenya will build a ground station in China's Hainan Province.", &[]),
    // The owner of what is founded is a party; a body founded is none.
    ("China's assistance in establishing Kenya's ground station was praised.", &["participation positive actual country:CN,country:KE|"]),
    ("Since the creation of Kenya's space agency in 2017, ESA and Peru have worked together.", &["collaboration positive actual agency:esa,country:PE|"]),
    // Cooperation in a quantity of fields outside space is none; with space among them it is.
    ("Kenya and Peru work together in a range of economic sectors.", &[]),
    ("Kenya and Peru cooperate in numerous trade sectors.", &[]),
    ("Kenya and Peru cooperate in all key fields of space science.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru cooperate in various economic sectors and in space.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya and Peru have cooperated in many defence-related satellite launches.", &["collaboration positive actual country:KE,country:PE|"]),
    ("Kenya is Peru's main trading partner.", &[]),
    // Interest "to" cooperate is a wish; what is "of interest to" a party concerns it.
    ("Kenya has expressed interest to cooperate with Peru on a satellite.", &["intent positive intended country:KE,country:PE|"]),
    ("The data are of great interest to Kenya, which works with Peru.", &["collaboration positive actual country:KE,country:PE|"]),
    // A customer described before its name, or owned by a country before that, is still the
    // customer of what is made; a mission it owns is not.
    ("The radar was built by Airbus for Nigeria's national space agency NASRDA.", &[]),
    ("The orbiter was built by Airbus for the Kazakh agency KazCosmos.", &[]),
    ("The spectrometer was built by NASA for the Indian space agency ISRO.", &[]),
    ("The lander was built by DLR for the Japanese space agency's Hayabusa2 mission.", &["contribution positive actual agency:dlr,agency:jaxa|mission:hayabusa2"]),
    // Data given or received is shared, a collaboration, unless a mission named after it
    // gets it; the coasts or regions of a country are a place.
    ("Japan provided Peru satellite images of the flooded valleys.", &["collaboration positive actual country:JP,country:PE|"]),
    ("So far imagery has been received from Kenya, Chile and Peru.", &["collaboration positive actual country:CL,country:KE,country:PE|"]),
    ("NASA will provide tracking data for ESA's Rosetta probe.", &["contribution positive planned agency:esa,agency:nasa|mission:rosetta"]),
    ("Peru shared imagery with Chile after the storm, covering the coasts of Ecuador and Colombia.", &["collaboration positive actual country:CL,country:PE|"]),
    // Helping a party in or with work that is no mission is working with it; a gift or a
    // donation to a party is a contribution.
    ("Japan will assist Zambia in the development of space science.", &["collaboration positive planned country:JP,country:ZM|"]),
    ("ESA will help JAXA in the development of the Hayabusa2 lander.", &["participation positive planned agency:esa,agency:jaxa|mission:hayabusa2"]),
    ("China gifted a weather satellite to Ethiopia.", &["contribution positive actual country:CN,country:ET|"]),
    ("Japan's donation of a ground station to Kenya was welcomed.", &["contribution positive actual country:JP,country:KE|"]),
    // Pressing for more cooperation, or working to further it, wishes it; working together
    // toward a goal, or pushing for another act, is cooperating.
    ("Kenya is pushing for closer cooperation with Peru.", &["intent positive intended country:KE,country:PE|"]),
    ("Chile and Peru are pushing for the launch of the joint mission next year.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Chile and Peru are working to strengthen the heat shield of the joint probe.", &["joint_mission positive actual country:CL,country:PE|"]),
    ("Chile is now working to strengthen space cooperation with Peru and Kenya.", &["intent positive intended country:CL,country:KE,country:PE|"]),
    ("NASA and JAXA are working to launch the probe together in 2028.", &["collaboration positive actual agency:jaxa,agency:nasa|"]),
    // The review's sentences: a described customer whose mission follows still receives; a
    // region's government is no place; hardware that collects data is no data; "gifted" as
    // an adjective gives nothing; helping with a launch is taking part; a plural reference
    // narrowed by a participle still refers back.
    ("The lander was built by DLR for the Japanese space agency JAXA's Hayabusa2 mission.", &["contribution positive actual agency:dlr,agency:jaxa|mission:hayabusa2"]),
    ("The agreement was signed by the Walloon Region of Belgium and ESA.", &["agreement positive actual agency:esa,country:BE|"]),
    ("NASA delivered the spacecraft capturing images of Mars to ESA.", &["contribution positive actual agency:esa,agency:nasa|"]),
    ("NASA's gifted team worked alongside ESA engineers.", &["collaboration positive actual agency:esa,agency:nasa|"]),
    ("ESA helped NASA with the launch.", &["participation positive actual agency:esa,agency:nasa|"]),
    ("Japan helped Kenya in building a training centre.", &["collaboration positive actual country:JP,country:KE|"]),
    ("NASA, ESA and JAXA run the station. The agencies participating in the programme signed a new agreement.", &["agreement positive actual agency:esa,agency:jaxa,agency:nasa|"]),
    // Samples shared are data shared: past a quantity, past the receiver before "with", and
    // from a mission they came from.
    ("Peru transferred a portion of the asteroid samples to Chile.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Chile will provide Peru with samples.", &["collaboration positive planned country:CL,country:PE|"]),
    ("China provided Russia lunar samples from the Chang'e-5 mission.", &["collaboration positive actual country:CN,country:RU|mission:change-5"]),
    ("Chile will provide Peru with a camera.", &["contribution positive planned country:CL,country:PE|"]),
    // A phrase of purpose tells what a cooperation is for; it wishes only the cooperation it
    // governs right after it.
    ("Chile and Peru formed a partnership with the goal of returning samples.", &["collaboration positive actual country:CL,country:PE|"]),
    ("With the aim of mapping floods, Chile and Peru formed a partnership.", &["collaboration positive actual country:CL,country:PE|"]),
    ("Chile and Peru met with the aim of deepening cooperation.", &["intent positive intended country:CL,country:PE|"]),
    // The second review's sentences: data from one mission for another serves it; a phrase
    // of purpose reaches a cooperation a few words on; helping make a rocket, a telescope or
    // a module is taking part.
    ("Chile provided Peru with data from the MAVEN mission for its ExoMars mission.", &["contribution positive actual country:CL,country:PE|mission:maven"]),
    ("Chile and Peru met with the aim of deepening their bilateral space cooperation.", &["intent positive intended country:CL,country:PE|"]),
    ("Russia assisted India in developing a rocket engine.", &["participation positive actual country:IN,country:RU|"]),
    ("Chile helped Peru with the construction of the telescope.", &["participation positive actual country:CL,country:PE|"]),
    // A subject's second item named after its descriptor, or named again, in apposition set off by
    // commas.
    ("Kenya and the Peruvian agency, CONIDA, launched the probe.", &["collaboration positive actual agency:conida,country:KE|"]),
    ("NASA and the European Space Agency, ESA, will fly the probe.", &["collaboration positive planned agency:esa,agency:nasa|"]),
    // A committee, a board or an office at a body is the body's, not a place.
    ("Dr. Lee, head of the steering committee at KARI, signed an agreement with JAXA.", &["agreement positive actual agency:jaxa,agency:kari|"]),
    // A reference back with the name of the mission its parties share.
    ("Chile and Peru met in May. The two ExoMars partners will build the rover together.", &["collaboration positive planned country:CL,country:PE|program:exomars"]),
    // A whole craft handed over to the customer is sold, under the supplier's contract too.
    ("Under the contract, Airbus will hand over the satellite to the customer, the Kenya Space Agency.", &[]),
    ("Airbus delivered the satellite to its customer, Peru.", &[]),
    // A body right after the country that qualifies it is one item of a passive's agents.
    ("The probe is to be managed by the U.S. Space Operations Command’s Delta 9 unit, which watches, tracks and reports debris in orbit for the Space Force and the U.S. Space Command.", &[]),
    ("The probe will be steered by the U.S. Space Operations Command and Japan.", &["collaboration positive planned country:JP,country:US,organization:spoc-ussf|"]),
];

#[test]
fn claim_rules_on_written_sentences() {
    let mut failures = Vec::new();
    for (text, want) in CASES {
        let got = claims(text);
        if got != *want {
            failures.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_word_before_a_position_is_read_from_a_bounded_tail() {
    use super::{head_of, last_word, tail_of};
    assert_eq!(last_word("signed with the  "), "the");
    assert_eq!(last_word(""), "");
    // A word longer than the tail comes back cut to its end, on a character boundary.
    let long = format!("x{}", "é".repeat(40));
    assert_eq!(last_word(&format!("a {long}")), &long[long.len() - 64..]);
    assert_eq!(tail_of("aé", 1), "");
    assert_eq!(head_of("éa", 1), "");
    assert_eq!(head_of("ab", 5), "ab");
}

#[test]
fn noise_lines_yield_no_claims() {
    let text = "Home | World | Space\n\nRussia and China sign lunar pact\n\nBy Jane Doe, jane@example.com\n\nCopyright 2020 Example News. China and Russia cooperate. All rights reserved.\n\nBACK TO THE TOP\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
}

#[test]
fn a_crew_vehicle_is_a_vehicle_not_a_mission_of_the_claim() {
    let doc = invented("Chile and Peru will fly a Crew Dragon to the ISS.");
    let out = PIPELINE.process(&doc);
    let dragon = out
        .mentions
        .iter()
        .find(|m| m.text == "Crew Dragon")
        .expect("the vehicle is found");
    assert_eq!(dragon.entity_type, "vehicle");
    assert!(out
        .claims
        .iter()
        .all(|c| c.missions.iter().all(|m| m.entity_id != dragon.entity_id)));
}
