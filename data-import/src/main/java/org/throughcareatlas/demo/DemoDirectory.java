package org.throughcareatlas.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcareatlas.directorydata.Directory;
import org.throughcareatlas.directorydata.Directory.Agency;
import org.throughcareatlas.directorydata.Directory.AgencyKind;
import org.throughcareatlas.directorydata.Directory.Area;
import org.throughcareatlas.directorydata.Directory.Circumstance;
import org.throughcareatlas.directorydata.Directory.Contact;
import org.throughcareatlas.directorydata.Directory.Location;
import org.throughcareatlas.directorydata.Directory.Need;
import org.throughcareatlas.directorydata.Directory.Prison;
import org.throughcareatlas.directorydata.Directory.Relationship;
import org.throughcareatlas.directorydata.Directory.RelationshipType;
import org.throughcareatlas.directorydata.Directory.Service;

/**
 * The illustrative demo directory for Scotland.
 *
 * <p>Prisons, council areas and organisation names are real public facts; every description is
 * illustrative and every contact detail is fictional (websites and emails on {@code example.org},
 * phone numbers from Ofcom's drama ranges). The directory is hand-curated: agencies and services
 * are written out below, with a few families (Link Centres, justice social work and housing options
 * teams, Jobcentre Plus regions) stamped from templates. Nothing depends on the clock or on
 * randomness: "varied" values (verification dates, waiting times, addresses) are picked from a hash
 * of the record's key, so the same directory comes out on every call and adding a record does not
 * shift the others.
 *
 * <p>The data holds some deliberate duplication and some deliberate gaps, listed by {@link
 * #duplicateClusters()} and {@link #gaps()}, so that the analytics have something true to find.
 *
 * <p>Eligibility convention used throughout: a service's circumstances ({@code FOR}) restrict who
 * may use it; within one group (sentence, gender, age, flag) any listed circumstance suffices, and
 * across groups all must hold.
 */
public final class DemoDirectory {

  /** The day the demo is set on; freshness ("verified over a year ago") is measured from it. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private DemoDirectory() {}

  /** Several active services from different agencies doing the same thing for the same people. */
  public record DuplicateCluster(
      String label, String needId, String areaCode, List<String> serviceIds) {}

  /**
   * No active service meets {@code needId} (or a narrower need of it) in {@code areaCode} for a
   * person in {@code circumstanceId} (null: for anyone).
   */
  public record Gap(String label, String needId, String areaCode, String circumstanceId) {}

  /** Builds the whole demo directory; every call returns an equal directory. */
  public static Directory build() {
    return new Assembly().assemble();
  }

  /** The deliberate duplicated provision; service ids are those of {@link #build()}. */
  public static List<DuplicateCluster> duplicateClusters() {
    return List.of(
        new DuplicateCluster(
            "Emergency accommodation on release for anyone, Glasgow City",
            "housing.emergency",
            areaCode("Glasgow City"),
            List.of(
                serviceId("housing-glasgow-city", "shore"),
                serviceId("simon-community", "glasgow-release-hub"),
                serviceId("salvation-army", "glasgow-emergency-beds"),
                serviceId("sacro", "glasgow-accommodation"),
                serviceId("glasgow-city-mission", "night-shelter"))),
        new DuplicateCluster(
            "One-to-one throughcare mentoring for men, Dundee City",
            "mentoring-and-peer-support.one-to-one-mentoring",
            areaCode("Dundee City"),
            List.of(
                serviceId("new-routes", "tayside"),
                serviceId("sacro", "tayside-mentoring"),
                serviceId("apex", "dundee-mentoring"))),
        new DuplicateCluster(
            "Mentoring for women, City of Edinburgh",
            "mentoring-and-peer-support.one-to-one-mentoring",
            areaCode("City of Edinburgh"),
            List.of(
                serviceId("shine", "lothian"),
                serviceId("sacro", "edinburgh-womens-mentoring"),
                serviceId("venture-trust", "womens-programme"))),
        new DuplicateCluster(
            "Liberation packs of clothing and food, Glasgow City",
            "practical-basics.clothing-and-food",
            areaCode("Glasgow City"),
            List.of(
                serviceId("glasgow-city-mission", "liberation-packs"),
                serviceId("salvation-army", "glasgow-liberation-bags"),
                serviceId("lodging-house-mission", "release-clothing"))),
        new DuplicateCluster(
            "Help to claim Universal Credit on release, Fife",
            "benefits-and-income.universal-credit",
            areaCode("Fife"),
            List.of(
                serviceId("dwp", "fife"),
                serviceId("cab-fife", "release-benefits"),
                serviceId("fife-welfare", "uc-on-release"))));
  }

  /** The deliberate gaps in provision; each holds in {@link #build()}. */
  public static List<Gap> gaps() {
    List<Gap> gaps = new ArrayList<>();
    for (String area :
        List.of(
            "Fife",
            "Highland",
            "Scottish Borders",
            "Na h-Eileanan Siar",
            "Orkney Islands",
            "Shetland Islands")) {
      gaps.add(
          new Gap(
              "No supported accommodation open to women in " + area,
              "housing.supported-accommodation",
              areaCode(area),
              "women"));
    }
    gaps.add(
        new Gap(
            "No employment support for young people in Dumfries and Galloway",
            "employment-and-skills",
            areaCode("Dumfries and Galloway"),
            "young-people"));
    gaps.add(
        new Gap(
            "No alcohol and drug service for people released from remand in Moray",
            "alcohol-and-drugs",
            areaCode("Moray"),
            "remand"));
    gaps.add(
        new Gap(
            "No parenting support for fathers in Highland",
            "family.parenting",
            areaCode("Highland"),
            "men"));
    gaps.add(
        new Gap(
            "No domestic abuse support for men in Aberdeenshire",
            "safety.domestic-abuse",
            areaCode("Aberdeenshire"),
            "men"));
    return List.copyOf(gaps);
  }

  /** A stable UUID for a demo record of the given kind and key. */
  static String id(String kind, String key) {
    return UUID.nameUUIDFromBytes(("atlas-demo:" + kind + ":" + key).getBytes(UTF_8)).toString();
  }

  /** The id of the demo service with this agency key and service key. */
  static String serviceId(String agencyKey, String serviceKey) {
    return id("service", agencyKey + "/" + serviceKey);
  }

  /** The GSS code of a council area, by its name. */
  static String areaCode(String areaName) {
    AreaRow row = AREAS_BY_NAME.get(areaName);
    if (row == null) {
      throw new IllegalArgumentException("unknown council area: " + areaName);
    }
    return row.area.code();
  }

  // ---------------------------------------------------------------------------------------------
  // Reference data (from the shared reference CSVs; the app cannot read them at runtime).
  // ---------------------------------------------------------------------------------------------

  /** code | name | main town | latitude | longitude | postcode districts of the main town. */
  private static final String AREAS =
      """
      S12000033|Aberdeen City|Aberdeen|57.1497|-2.0943|AB10 AB11 AB24
      S12000034|Aberdeenshire|Inverurie|57.2840|-2.3780|AB51
      S12000041|Angus|Forfar|56.6440|-2.8890|DD8
      S12000035|Argyll and Bute|Lochgilphead|56.0380|-5.4330|PA31
      S12000036|City of Edinburgh|Edinburgh|55.9533|-3.1883|EH1 EH6 EH11
      S12000005|Clackmannanshire|Alloa|56.1160|-3.7930|FK10
      S12000006|Dumfries and Galloway|Dumfries|55.0700|-3.6050|DG1 DG2
      S12000042|Dundee City|Dundee|56.4620|-2.9707|DD1 DD3 DD4
      S12000008|East Ayrshire|Kilmarnock|55.6110|-4.4960|KA1 KA3
      S12000045|East Dunbartonshire|Kirkintilloch|55.9390|-4.1530|G66
      S12000010|East Lothian|Haddington|55.9560|-2.7810|EH41
      S12000011|East Renfrewshire|Giffnock|55.8030|-4.2920|G46
      S12000014|Falkirk|Falkirk|56.0019|-3.7839|FK1 FK2
      S12000047|Fife|Glenrothes|56.1950|-3.1780|KY6 KY7
      S12000049|Glasgow City|Glasgow|55.8642|-4.2518|G1 G2 G4 G31 G51
      S12000017|Highland|Inverness|57.4778|-4.2247|IV1 IV2 IV3
      S12000018|Inverclyde|Greenock|55.9480|-4.7650|PA15 PA16
      S12000019|Midlothian|Dalkeith|55.8950|-3.0680|EH22
      S12000020|Moray|Elgin|57.6490|-3.3180|IV30
      S12000013|Na h-Eileanan Siar|Stornoway|58.2090|-6.3880|HS1
      S12000021|North Ayrshire|Irvine|55.6110|-4.6690|KA11 KA12
      S12000050|North Lanarkshire|Motherwell|55.7890|-3.9910|ML1
      S12000023|Orkney Islands|Kirkwall|58.9810|-2.9600|KW15
      S12000048|Perth and Kinross|Perth|56.3950|-3.4308|PH1 PH2
      S12000038|Renfrewshire|Paisley|55.8460|-4.4240|PA1 PA3
      S12000026|Scottish Borders|Newtown St Boswells|55.5760|-2.6700|TD6
      S12000027|Shetland Islands|Lerwick|60.1550|-1.1450|ZE1
      S12000028|South Ayrshire|Ayr|55.4580|-4.6290|KA7 KA8
      S12000029|South Lanarkshire|Hamilton|55.7770|-4.0390|ML3
      S12000030|Stirling|Stirling|56.1165|-3.9369|FK7 FK8
      S12000039|West Dunbartonshire|Dumbarton|55.9440|-4.5650|G82
      S12000040|West Lothian|Livingston|55.9020|-3.5220|EH54
      """;

  /** id | name | area code | holds | latitude | longitude | notes (may be empty). */
  private static final String PRISONS =
      """
      hmp-addiewell|HMP Addiewell|S12000040|men|55.8420|-3.6250|
      hmp-barlinnie|HMP Barlinnie|S12000049|men|55.8710|-4.1880|largest prison in Scotland
      hmp-castle-huntly|HMP Castle Huntly|S12000048|men (open conditions)|56.4500|-3.1030|the Open Estate
      hmp-dumfries|HMP Dumfries|S12000006|men|55.0770|-3.6000|
      hmp-edinburgh|HMP Edinburgh|S12000036|men and women|55.9280|-3.2520|Saughton
      hmp-glenochil|HMP Glenochil|S12000005|men|56.1400|-3.7800|
      hmp-yoi-grampian|HMP & YOI Grampian|S12000034|men and women|57.4950|-1.7900|Peterhead
      hmp-greenock|HMP Greenock|S12000018|men|55.9400|-4.7900|
      hmp-inverness|HMP Inverness|S12000017|men|57.4700|-4.2200|to be replaced by HMP Highland
      hmp-kilmarnock|HMP Kilmarnock|S12000008|men|55.5970|-4.5250|publicly run since March 2024
      hmp-low-moss|HMP Low Moss|S12000045|men|55.9280|-4.2000|Bishopbriggs
      hmp-perth|HMP Perth|S12000048|men|56.3850|-3.4260|
      hmp-yoi-polmont|HMP & YOI Polmont|S12000014|young men and women|55.9930|-3.7030|
      hmp-shotts|HMP Shotts|S12000050|men (long-term)|55.8220|-3.8000|
      hmp-yoi-stirling|HMP & YOI Stirling|S12000030|women|56.1380|-3.9500|national facility for women; replaced Cornton Vale in 2023
      bella-centre|Bella Centre|S12000042|women|56.4700|-2.9700|community custody unit
      lilias-centre|Lilias Centre|S12000049|women|55.8900|-4.2900|community custody unit
      """;

  /** id | name | description; a dotted id is a narrower need of the part before the dot. */
  private static final String NEEDS =
      """
      housing|Housing|Somewhere safe and settled to live after release, and help to keep it.
      housing.emergency|Emergency accommodation|A bed on the night of liberation and a homelessness assessment when there is nowhere to go.
      housing.housing-advice|Housing options advice|Advice before release on housing options, homeless applications and keeping or ending a tenancy while in custody.
      housing.supported-accommodation|Supported accommodation|Accommodation with support staff on site or visiting, from hostels to supported flats.
      housing.tenancy-sustainment|Tenancy sustainment|Help to set up, furnish and keep a tenancy after moving in.
      alcohol-and-drugs|Alcohol and drugs|Treatment, harm reduction and recovery support for alcohol and drug use.
      alcohol-and-drugs.opioid-treatment|Opioid substitution treatment|Continuing methadone or buprenorphine prescribing from custody into the community without a gap.
      alcohol-and-drugs.harm-reduction|Harm reduction and naloxone|Naloxone, overdose awareness and safer-use advice, above all in the first weeks after release.
      alcohol-and-drugs.recovery-support|Recovery support|Recovery groups, cafés and activities for people in or seeking recovery.
      alcohol-and-drugs.alcohol-support|Alcohol support|Assessment, counselling and treatment for problem drinking.
      mental-health|Mental health|Support for mental health and emotional wellbeing.
      mental-health.counselling|Counselling|Talking therapies and one-to-one counselling.
      mental-health.crisis-support|Crisis support|Urgent help for someone in mental health crisis or at risk of suicide.
      mental-health.trauma-support|Trauma support|Trauma-informed support for people affected by abuse, violence or loss.
      physical-health|Physical health|Health care and continuity of treatment after release.
      physical-health.gp-registration|GP registration|Registering with a GP practice before or straight after release.
      physical-health.medication-continuity|Medication on release|Leaving custody with a supply or prescription of current medication.
      physical-health.health-checks|Health checks|Blood-borne virus testing, vaccinations and general health checks.
      benefits-and-income|Benefits and income|Money to live on from the day of release.
      benefits-and-income.universal-credit|Universal Credit|Starting a Universal Credit claim before release and getting an advance payment.
      benefits-and-income.disability-benefits|Disability and Scottish benefits|Applying for Adult Disability Payment and other Social Security Scotland benefits.
      benefits-and-income.crisis-grants|Crisis grants|Scottish Welfare Fund grants, the discharge grant and other emergency money.
      money-and-debt|Money and debt|Dealing with debt and managing money.
      money-and-debt.debt-advice|Debt advice|Advice on rent arrears, fines, loans and other debts, including debt built up in custody.
      money-and-debt.budgeting|Budgeting|Help to plan and manage money, bills and a bank account.
      id-and-documents|ID and documents|The identity documents and accounts needed to claim, rent and work.
      id-and-documents.photo-id|Photo ID|Getting a passport, provisional licence or accepted photo ID card.
      id-and-documents.birth-certificate|Birth certificate|Ordering a birth certificate from National Records of Scotland.
      id-and-documents.bank-account|Bank account|Opening a basic bank account, ideally before release.
      employment-and-skills|Employment and skills|Finding and keeping work.
      employment-and-skills.job-search|Job search|Help to find vacancies, apply and prepare for interviews.
      employment-and-skills.training|Training and qualifications|Vocational training, tickets and certificates such as CSCS cards.
      employment-and-skills.work-placements|Work placements|Supported placements, volunteering and work trials with employers.
      education|Education|Learning, from literacy to college and university.
      education.literacy-and-numeracy|Literacy and numeracy|Help with reading, writing, numbers and digital skills.
      education.college-access|College and university|Enrolling in college or university courses, and finding funding for them.
      family|Family|Keeping and rebuilding relationships with family.
      family.family-contact|Family contact|Help to stay in touch with family during custody and to reconnect after release.
      family.parenting|Parenting|Support for parents to rebuild their role and their relationships with their children.
      family.family-support|Support for families|Support for the families of people in prison, before and after release.
      mentoring-and-peer-support|Mentoring and peer support|Someone alongside before and after release.
      mentoring-and-peer-support.one-to-one-mentoring|One-to-one mentoring|A mentor who meets someone before release and supports them through the gate and after.
      mentoring-and-peer-support.peer-support|Peer support|Support from people with lived experience of prison or recovery.
      justice-and-legal|Justice and legal|Meeting justice requirements and getting legal help.
      justice-and-legal.licence-support|Licence and order support|Help to understand and keep to licence, HDC or order conditions.
      justice-and-legal.legal-advice|Legal advice|Advice on legal problems such as family law, housing law and appeals.
      justice-and-legal.disclosure|Disclosure of convictions|Understanding what must be disclosed to employers, landlords and insurers, and when.
      justice-and-legal.restorative-justice|Restorative justice|Facilitated restorative processes between people harmed and those responsible.
      practical-basics|Practical basics|What someone needs on the day of liberation.
      practical-basics.gate-pick-up|Gate pick-up|Being met at the prison gate on the day of liberation and taken to appointments.
      practical-basics.clothing-and-food|Clothing and food|Clothes, food parcels and liberation packs.
      practical-basics.travel-and-phone|Travel and phone|Travel warrants, bus fares and a working mobile phone.
      safety|Safety|Being and feeling safe after release.
      safety.domestic-abuse|Domestic abuse|Support and safety planning for people experiencing domestic abuse.
      safety.exploitation|Exploitation|Help for people at risk of exploitation, debt bondage or being drawn back into crime.
      safety.safety-planning|Safety planning|Planning where someone can safely live and go, including risks from other people.
      """;

  /** id | name | group | description. */
  private static final String CIRCUMSTANCES =
      """
      remand|Remand|sentence|Held in custody awaiting trial or sentence, often released from court at short notice.
      short-term|Short-term sentence|sentence|Serving a sentence of less than four years.
      long-term|Long-term sentence|sentence|Serving a sentence of four years or more, released on licence.
      hdc|Home Detention Curfew|sentence|Released early on Home Detention Curfew with an electronic tag.
      licence|On licence|sentence|Released on licence or parole with conditions supervised by justice social work.
      women|Women|gender|Services only for women.
      men|Men|gender|Services only for men.
      young-people|Young people (16–25)|age|Young people aged 16 to 25.
      care-experienced|Care-experienced|flag|Has been looked after by a local authority at any time as a child or young person.
      veteran|Veteran|flag|Has served in the UK armed forces.
      parent|Parent or carer|flag|Is a parent or the main carer of a child.
      homeless-on-release|Homeless on release|flag|Has no settled address to go to on the day of release.
      sex-offence-conviction|Sex offence conviction|flag|Has a conviction for a sexual offence and may be subject to notification requirements.
      first-custody|First time in custody|flag|Is in custody for the first time.
      """;

  /** One parsed council area with the postcode districts of its main town. */
  private record AreaRow(Area area, List<String> postcodeDistricts) {}

  private static final Map<String, AreaRow> AREAS_BY_NAME = new LinkedHashMap<>();
  private static final Map<String, AreaRow> AREAS_BY_CODE = new LinkedHashMap<>();

  static {
    for (String[] f : rows(AREAS)) {
      AreaRow row =
          new AreaRow(
              new Area(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])),
              List.of(f[5].split(" ")));
      AREAS_BY_NAME.put(f[1], row);
      AREAS_BY_CODE.put(f[0], row);
    }
  }

  /** Splits a pipe-separated text block into trimmed fields, one array per non-blank line. */
  private static List<String[]> rows(String block) {
    return block
        .lines()
        .filter(line -> !line.isBlank())
        .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new))
        .toList();
  }

  // Regions used as catchments: neighbouring council areas that services commonly serve together.
  private static final List<String> GLASGOW_AND_CLYDE =
      List.of(
          "Glasgow City",
          "East Dunbartonshire",
          "West Dunbartonshire",
          "East Renfrewshire",
          "Renfrewshire",
          "Inverclyde");
  private static final List<String> LANARKSHIRE = List.of("North Lanarkshire", "South Lanarkshire");
  private static final List<String> LOTHIANS =
      List.of("City of Edinburgh", "East Lothian", "Midlothian", "West Lothian");
  private static final List<String> TAYSIDE = List.of("Dundee City", "Angus", "Perth and Kinross");
  private static final List<String> GRAMPIAN = List.of("Aberdeen City", "Aberdeenshire", "Moray");
  private static final List<String> FORTH_VALLEY =
      List.of("Falkirk", "Stirling", "Clackmannanshire");
  private static final List<String> AYRSHIRE =
      List.of("East Ayrshire", "North Ayrshire", "South Ayrshire");
  private static final List<String> HIGHLAND_AND_ISLANDS =
      List.of("Highland", "Na h-Eileanan Siar", "Orkney Islands", "Shetland Islands");
  private static final List<String> ALL = List.copyOf(AREAS_BY_NAME.keySet());

  /** The union of lists of council area names, in order and without repeats. */
  private static List<String> union(List<?>... parts) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (List<?> part : parts) {
      for (Object name : part) {
        names.add((String) name);
      }
    }
    return List.copyOf(names);
  }

  /**
   * Where people released from each establishment usually go: the catchment of its Link Centre
   * services. National establishments (women, young people, long-term, open estate) cover Scotland.
   */
  private static final Map<String, List<String>> PRISON_CATCHMENT =
      Map.ofEntries(
          Map.entry("hmp-addiewell", union(LOTHIANS, LANARKSHIRE)),
          Map.entry(
              "hmp-barlinnie",
              union(
                  List.of("Glasgow City", "East Dunbartonshire", "East Renfrewshire"),
                  LANARKSHIRE)),
          Map.entry("hmp-castle-huntly", ALL),
          Map.entry(
              "hmp-dumfries", List.of("Dumfries and Galloway", "South Ayrshire", "East Ayrshire")),
          Map.entry("hmp-edinburgh", union(LOTHIANS, List.of("Scottish Borders"))),
          Map.entry("hmp-glenochil", union(FORTH_VALLEY, List.of("Fife"))),
          Map.entry("hmp-yoi-grampian", union(GRAMPIAN, HIGHLAND_AND_ISLANDS)),
          Map.entry(
              "hmp-greenock",
              List.of("Inverclyde", "Renfrewshire", "West Dunbartonshire", "Argyll and Bute")),
          Map.entry("hmp-inverness", union(HIGHLAND_AND_ISLANDS, List.of("Moray"))),
          Map.entry("hmp-kilmarnock", union(AYRSHIRE, List.of("East Renfrewshire"))),
          Map.entry(
              "hmp-low-moss",
              List.of(
                  "Glasgow City", "East Dunbartonshire", "West Dunbartonshire", "Argyll and Bute")),
          Map.entry("hmp-perth", union(TAYSIDE, List.of("Fife"))),
          Map.entry("hmp-yoi-polmont", ALL),
          Map.entry("hmp-shotts", ALL),
          Map.entry("hmp-yoi-stirling", ALL),
          Map.entry(
              "bella-centre", union(TAYSIDE, List.of("Fife"), GRAMPIAN, HIGHLAND_AND_ISLANDS)),
          Map.entry(
              "lilias-centre",
              union(GLASGOW_AND_CLYDE, LANARKSHIRE, AYRSHIRE, List.of("Argyll and Bute"))));

  // ---------------------------------------------------------------------------------------------
  // Deterministic variety: values picked from a hash of a record's key, never from the clock.
  // ---------------------------------------------------------------------------------------------

  /** A non-negative number from a key; String.hashCode is specified, so this is stable. */
  private static int hash(String key) {
    int h = key.hashCode();
    h ^= (h >>> 16);
    h *= 0x45d9f3b;
    h ^= (h >>> 16);
    return Math.floorMod(h, 1_000_003);
  }

  @SafeVarargs
  private static <T> T pick(String key, T... options) {
    return options[hash(key) % options.length];
  }

  /**
   * When a service was last verified: about four in five within the last year, the rest stale (one
   * to two years) and a few very stale (over two years), as directories really are.
   */
  private static LocalDate verifiedDate(String key) {
    int bucket = hash("verified:" + key) % 100;
    int spread = hash("verified-days:" + key);
    if (bucket < 80) {
      return TODAY.minusDays(3 + spread % 355);
    } else if (bucket < 94) {
      return TODAY.minusDays(370 + spread % 355);
    }
    return TODAY.minusDays(735 + spread % 600);
  }

  /**
   * When an agency or relationship was last confirmed: mostly this year, some a year or more ago.
   */
  private static LocalDate confirmedDate(String key) {
    int bucket = hash("confirmed:" + key) % 100;
    int spread = hash("confirmed-days:" + key);
    return bucket < 78 ? TODAY.minusDays(5 + spread % 350) : TODAY.minusDays(380 + spread % 700);
  }

  private static final String[] STREETS = {
    "High Street",
    "Station Road",
    "Church Street",
    "Bridge Street",
    "King Street",
    "Market Place",
    "Victoria Road",
    "Mill Lane",
    "Union Street",
    "Castle Wynd",
    "North Road",
    "Park Terrace",
    "Hope Street",
    "Albert Street",
    "West Port",
    "Commercial Street",
    "St John's Road",
    "Academy Street",
    "Well Road",
    "Burnside Place"
  };

  private static final String[] HOURS = {
    "Mon–Fri 9am–5pm",
    "Mon–Thu 9am–5pm, Fri 9am–4pm",
    "Mon–Fri 8.30am–4.30pm; liberation days from 7.30am",
    "Mon–Fri 9.30am–4.30pm; drop-in Tue and Thu 10am–1pm",
    "Mon–Fri 9am–5pm, late opening Wed until 7pm"
  };

  private static final String[] WAITS = {
    "No wait",
    "Usually within a week",
    "Usually within a week",
    "1–2 weeks",
    "2–4 weeks",
    "Refer 6 weeks before liberation to be seen in custody"
  };

  /** Letters allowed in the inward part of a UK postcode. */
  private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private static String postcode(String areaName, String key) {
    List<String> districts = AREAS_BY_NAME.get(areaName).postcodeDistricts();
    int h = hash("postcode:" + key);
    return districts.get(h % districts.size())
        + " "
        + (1 + h % 9)
        + POSTCODE_LETTERS.charAt((h / 9) % 20)
        + POSTCODE_LETTERS.charAt((h / 180) % 20);
  }

  private static String slug(String text) {
    return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  // ---------------------------------------------------------------------------------------------
  // Agencies. key | kind | base area | web domain | email local part | name | description
  // ---------------------------------------------------------------------------------------------

  private static final String AGENCIES =
      """
      sacro|THIRD_SECTOR|City of Edinburgh|sacro.example.org|throughcare|Sacro|Community justice charity leading the National Voluntary Throughcare Service, with mentoring, accommodation, mediation and Circles of Support across Scotland.
      shine|THIRD_SECTOR|Glasgow City|shine.example.org|referrals|Shine Women's Mentoring|A partnership of third-sector organisations mentoring women in custody, on remand and on community orders, before and after release.
      new-routes|THIRD_SECTOR|Glasgow City|newroutes.example.org|mentoring|New Routes (The Wise Group)|Throughcare mentoring for men leaving short sentences, from mentors with lived experience who start in custody and carry on after the gate.
      venture-trust|THIRD_SECTOR|City of Edinburgh|venturetrust.example.org|referrals|Venture Trust|Outdoor personal development and community outreach for young people and for women affected by the justice system.
      families-outside|THIRD_SECTOR|City of Edinburgh|familiesoutside.example.org|support|Families Outside|National charity for families affected by imprisonment, with a free helpline and family support workers in prisons and communities.
      cab-edinburgh|THIRD_SECTOR|City of Edinburgh|cab-edinburgh.example.org|advice|Citizens Advice Edinburgh|Free, confidential advice on benefits, debt, housing and employment, with outreach sessions at HMP Edinburgh.
      cab-glasgow|THIRD_SECTOR|Glasgow City|cab-glasgowcentral.example.org|advice|Glasgow Central Citizens Advice Bureau|Free advice on benefits, debt and housing for people in the city centre and east end, including people just released.
      cab-dundee|THIRD_SECTOR|Dundee City|cab-dundee.example.org|advice|Dundee Citizens Advice Bureau|Benefits, money and energy advice for Dundee, with a welfare rights caseworker who takes referrals from justice services.
      cab-fife|THIRD_SECTOR|Fife|carf.example.org|advice|Citizens Advice and Rights Fife|Independent advice charity for Fife covering benefits, debt, housing and employment rights.
      turning-point|THIRD_SECTOR|Glasgow City|turningpointscotland.example.org|referrals|Turning Point Scotland|Social care charity running drug and alcohol, homelessness and justice services, including Housing First and the 218 Service for women.
      apex|THIRD_SECTOR|City of Edinburgh|apexscotland.example.org|info|Apex Scotland|Employability and throughcare charity helping people with convictions into work, with local services in several council areas.
      access-to-industry|THIRD_SECTOR|City of Edinburgh|accesstoindustry.example.org|connect|Access to Industry|Education and employability charity for people facing disadvantage, including people in and leaving custody.
      barnardos|THIRD_SECTOR|City of Edinburgh|barnardos-scotland.example.org|throughcare|Barnardo's Scotland|Children's charity running throughcare and aftercare for young people and care leavers leaving custody.
      action-for-children|THIRD_SECTOR|Stirling|actionforchildren-scotland.example.org|scotland|Action for Children|Children's charity offering youth justice, family and parenting support across Scotland.
      simon-community|THIRD_SECTOR|Glasgow City|simonscotland.example.org|hubs|Simon Community Scotland|Homelessness charity with access hubs, street teams and emergency accommodation in Glasgow and Edinburgh.
      shelter|THIRD_SECTOR|City of Edinburgh|shelter-scotland.example.org|advice|Shelter Scotland|Housing and homelessness charity with a national advice helpline and local advice services.
      grampian-womens-aid|THIRD_SECTOR|Aberdeen City|grampianwomensaid.example.org|support|Grampian Women's Aid|Support, refuge and outreach for women and children experiencing domestic abuse in the north-east.
      who-cares|THIRD_SECTOR|Glasgow City|whocaresscotland.example.org|advocacy|Who Cares? Scotland|National independent advocacy and membership organisation for care-experienced people.
      poppyscotland|THIRD_SECTOR|City of Edinburgh|poppyscotland.example.org|welfare|Poppyscotland|Armed forces charity giving welfare support and advice to veterans, including those in the justice system.
      svr|THIRD_SECTOR|City of Edinburgh|svr.example.org|housing|Scottish Veterans Residences|Supported accommodation for veterans in Edinburgh and Glasgow.
      sfad|THIRD_SECTOR|Glasgow City|sfad.example.org|helpline|Scottish Families Affected by Alcohol & Drugs|National charity supporting anyone affected by someone else's alcohol or drug use.
      circle|THIRD_SECTOR|City of Edinburgh|circle-scotland.example.org|families|Circle|Family support charity working with families affected by imprisonment in Lothian and West Lothian.
      samh|THIRD_SECTOR|Glasgow City|samh.example.org|info|SAMH|Mental health charity running community wellbeing, crisis and counselling services.
      stepchange|THIRD_SECTOR|Glasgow City|stepchange.example.org|scotland|StepChange Debt Charity Scotland|Free debt advice by phone and online, including debt arrangement schemes.
      includem|THIRD_SECTOR|Glasgow City|includem.example.org|referrals|Includem|Intensive support for young people at risk, including those leaving custody and at risk of exploitation.
      govan-law-centre|THIRD_SECTOR|Glasgow City|govanlawcentre.example.org|advice|Govan Law Centre|Community law centre giving free legal advice and representation on housing, debt and family law.
      pppf|PEER_LED|City of Edinburgh|pppf.example.org|hello|Positive Prison? Positive Futures|Peer-led organisation of people with convictions and their allies, running peer support, advocacy and lived-experience groups.
      glasgow-recovery|PEER_LED|Glasgow City|glasgowrecovery.example.org|hub|Glasgow Recovery Communities|Peer-led recovery communities across Glasgow with cafés, groups and activities every day of the week.
      serenity-cafe|PEER_LED|City of Edinburgh|serenitycafe.example.org|hello|Serenity Café|Edinburgh recovery café run by and for people in recovery from alcohol and drugs.
      dundee-recovery|PEER_LED|Dundee City|dundeerecovery.example.org|hello|Dundee Recovery Community|Peer-led recovery community in Dundee with a café, walking groups and recovery coaches.
      glasgow-city-mission|FAITH_BASED|Glasgow City|glasgowcitymission.example.org|welcome|Glasgow City Mission|Christian charity offering food, clothing, a night shelter and a welcome to people facing homelessness in Glasgow.
      salvation-army|FAITH_BASED|Glasgow City|salvationarmy-scotland.example.org|scotland|The Salvation Army|Church and charity running hostels, drop-ins and food and clothing support across Scotland.
      lodging-house-mission|FAITH_BASED|Glasgow City|lhm.example.org|welcome|Lodging House Mission|Glasgow day centre giving meals, clothing and support to people who are homeless or vulnerable.
      bethany|FAITH_BASED|City of Edinburgh|bethanychristiantrust.example.org|housing|Bethany Christian Trust|Christian charity in Edinburgh and south-east Scotland providing supported housing, a care van and resettlement support.
      prison-fellowship|FAITH_BASED|City of Edinburgh|prisonfellowship-scotland.example.org|volunteers|Prison Fellowship Scotland|Christian volunteers offering chaplaincy support and mentoring in prisons.
      dwp|STATUTORY|Glasgow City|dwp.example.org|prisonworkcoach|DWP Jobcentre Plus|The Department for Work and Pensions' Jobcentre Plus network, with prison work coaches who start Universal Credit claims before release.
      social-security-scotland|STATUTORY|Dundee City|socialsecurity-scotland.example.org|localdelivery|Social Security Scotland|The Scottish Government agency delivering Scottish benefits, with local delivery staff who help people apply.
      fife-welfare|STATUTORY|Fife|fife-council.example.org|welfare.support|Fife Council Welfare Support Team|Council team giving welfare rights advice and help with Universal Credit and Scottish Welfare Fund claims.
      fife-college|STATUTORY|Fife|fife-college.example.org|prisonlearning|Fife College|College delivering learning in Scottish prisons and helping learners carry on with courses after release.
      nhs-ggc|HEALTH|Glasgow City|nhsggc.example.org|prisonhealth|NHS Greater Glasgow and Clyde|Health board responsible for prison healthcare at Barlinnie, Low Moss, Greenock and the Lilias Centre, and community addiction services.
      nhs-lothian|HEALTH|City of Edinburgh|nhslothian.example.org|prisonhealth|NHS Lothian|Health board responsible for healthcare at HMP Edinburgh and HMP Addiewell and for community substance use services in Lothian.
      nhs-tayside|HEALTH|Dundee City|nhstayside.example.org|prisonhealth|NHS Tayside|Health board responsible for healthcare at HMP Perth, HMP Castle Huntly and the Bella Centre.
      nhs-grampian|HEALTH|Aberdeen City|nhsgrampian.example.org|prisonhealth|NHS Grampian|Health board responsible for healthcare at HMP & YOI Grampian and for drug and alcohol services in the north-east.
      nhs-highland|HEALTH|Highland|nhshighland.example.org|prisonhealth|NHS Highland|Health board responsible for healthcare at HMP Inverness and community services across the Highlands.
      nhs-fife|HEALTH|Fife|nhsfife.example.org|addictions|NHS Fife|Health board running Fife's addiction and community mental health services.
      nhs-forth-valley|HEALTH|Falkirk|nhsforthvalley.example.org|prisonhealth|NHS Forth Valley|Health board responsible for healthcare at HMP Glenochil, HMP & YOI Polmont and HMP & YOI Stirling.
      nhs-dg|HEALTH|Dumfries and Galloway|nhsdg.example.org|prisonhealth|NHS Dumfries and Galloway|Health board responsible for healthcare at HMP Dumfries and for community services in the region.
      nhs-lanarkshire|HEALTH|South Lanarkshire|nhslanarkshire.example.org|prisonhealth|NHS Lanarkshire|Health board responsible for healthcare at HMP Shotts and for Lanarkshire's addiction services.
      nhs-ayrshire|HEALTH|East Ayrshire|nhsaaa.example.org|prisonhealth|NHS Ayrshire & Arran|Health board responsible for healthcare at HMP Kilmarnock and for community services in Ayrshire.
      dundee-adp|HEALTH|Dundee City|dundeeadp.example.org|partnership|Dundee Alcohol and Drug Partnership|Partnership of the council, NHS Tayside, police and third sector that plans and commissions drug and alcohol services in Dundee.
      sg-cjd|FUNDER|City of Edinburgh|gov-scot.example.org|communityjustice|Scottish Government Community Justice Division|Scottish Government division funding national throughcare, mentoring and family support services.
      corra|FUNDER|City of Edinburgh|corra.example.org|grants|Corra Foundation|Independent grant-maker funding community and peer-led projects, including recovery and homelessness work.
      cj-glasgow|FUNDER|Glasgow City|communityjusticeglasgow.example.org|partnership|Community Justice Glasgow|Glasgow's community justice partnership, which plans and commissions local throughcare and reintegration services.
      cj-dundee|FUNDER|Dundee City|dundeecommunityjustice.example.org|partnership|Dundee Community Justice Partnership|Dundee's community justice partnership, commissioning local mentoring and recovery support.
      """;

  /** Council areas with a justice social work (CJSW) team in the demo. */
  private static final List<String> JUSTICE_SOCIAL_WORK_AREAS =
      List.of(
          "Glasgow City",
          "City of Edinburgh",
          "Dundee City",
          "Aberdeen City",
          "Fife",
          "North Lanarkshire",
          "Highland",
          "Perth and Kinross",
          "Falkirk",
          "West Lothian",
          "Dumfries and Galloway",
          "Moray",
          "Inverclyde",
          "Angus");

  /**
   * Where each CJSW team works in prisons: prison id and model. "embedded" follows the evaluation's
   * HMP Perth example (office space in the Link Centre, one or two days a week, PR2 access);
   * "arms-length" teams visit for pre-release meetings only.
   */
  private static final Map<String, List<String>> JUSTICE_SOCIAL_WORK_PRISONS =
      Map.ofEntries(
          Map.entry("Glasgow City", List.of("hmp-barlinnie:arms-length", "lilias-centre:embedded")),
          Map.entry("City of Edinburgh", List.of("hmp-edinburgh:embedded")),
          Map.entry("Dundee City", List.of("hmp-perth:embedded", "bella-centre:embedded")),
          Map.entry("Aberdeen City", List.of("hmp-yoi-grampian:arms-length")),
          Map.entry("Fife", List.of("hmp-perth:arms-length", "hmp-glenochil:arms-length")),
          Map.entry("North Lanarkshire", List.of("hmp-shotts:arms-length")),
          Map.entry("Highland", List.of("hmp-inverness:embedded")),
          Map.entry(
              "Perth and Kinross", List.of("hmp-perth:embedded", "hmp-castle-huntly:arms-length")),
          Map.entry("Falkirk", List.of("hmp-yoi-polmont:arms-length")),
          Map.entry("West Lothian", List.of("hmp-addiewell:embedded")),
          Map.entry("Dumfries and Galloway", List.of("hmp-dumfries:embedded")),
          Map.entry("Moray", List.of("hmp-yoi-grampian:arms-length", "hmp-inverness:arms-length")),
          Map.entry("Inverclyde", List.of("hmp-greenock:embedded")),
          Map.entry("Angus", List.of("hmp-perth:arms-length")));

  /** Council areas with a housing options team in the demo, and the prisons it visits. */
  private static final Map<String, List<String>> HOUSING_OPTIONS_PRISONS =
      Map.ofEntries(
          Map.entry("Glasgow City", List.of("hmp-barlinnie", "hmp-low-moss", "lilias-centre")),
          Map.entry("City of Edinburgh", List.of("hmp-edinburgh")),
          Map.entry("Dundee City", List.of("hmp-perth", "bella-centre")),
          Map.entry("Aberdeen City", List.of("hmp-yoi-grampian")),
          Map.entry("Fife", List.of("hmp-perth", "hmp-edinburgh")),
          Map.entry("North Lanarkshire", List.of("hmp-shotts", "hmp-addiewell")),
          Map.entry("Highland", List.of("hmp-inverness")),
          Map.entry("Perth and Kinross", List.of("hmp-perth")),
          Map.entry("Renfrewshire", List.of("hmp-greenock", "hmp-low-moss")));

  private static String councilName(String areaName) {
    return switch (areaName) {
      case "City of Edinburgh" -> "City of Edinburgh Council";
      case "Highland" -> "The Highland Council";
      case "Perth and Kinross" -> "Perth & Kinross Council";
      default -> areaName + " Council";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Assembly: collects the rows while the services and relationships below are declared.
  // ---------------------------------------------------------------------------------------------

  /**
   * Builds one directory; a fresh instance per call keeps {@link #build()} free of shared state.
   */
  private static final class Assembly {
    private final Map<String, Prison> prisons = new LinkedHashMap<>();
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, String> agencyBaseAreas = new HashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<ServiceSpec> specs = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final Map<String, Integer> phoneCounters = new HashMap<>();

    Directory assemble() {
      for (String[] f : rows(PRISONS)) {
        prisons.put(
            f[0],
            new Prison(
                f[0],
                f[1],
                f[2],
                f[3],
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[6].isEmpty() ? null : f[6]));
      }
      declareAgencies();
      linkCentreServices();
      justiceSocialWorkServices();
      housingOptionsServices();
      healthServices();
      benefitsAndWorkServices();
      throughcareAndMentoringServices();
      adviceFamilyAndSafetyServices();
      housingSupportAndBasicsServices();
      recoveryAndPeerServices();
      smallerLocalServices();
      declareRelationships();

      List<Service> services = specs.stream().map(ServiceSpec::toService).toList();
      for (ServiceSpec spec : specs) {
        spec.contact();
      }
      return new Directory(
          AREAS_BY_NAME.values().stream().map(AreaRow::area).toList(),
          List.copyOf(prisons.values()),
          rows(NEEDS).stream()
              .map(
                  f ->
                      new Need(
                          f[0],
                          f[1],
                          f[2],
                          f[0].contains(".") ? f[0].substring(0, f[0].indexOf('.')) : null))
              .toList(),
          rows(CIRCUMSTANCES).stream().map(f -> new Circumstance(f[0], f[1], f[2], f[3])).toList(),
          List.copyOf(agencies.values()),
          List.copyOf(locations.values()),
          List.copyOf(contacts),
          services,
          List.copyOf(relationships));
    }

    // --- agencies, contacts, locations ----------------------------------------------------------

    private void declareAgencies() {
      for (Prison prison : prisons.values()) {
        String key = "link-" + prison.id();
        String town = AREAS_BY_CODE.get(prison.areaCode()).area().mainTown();
        addAgency(
            key,
            AgencyKind.PRISON_SERVICE,
            AREAS_BY_CODE.get(prison.areaCode()).area().name(),
            "sps.example.org",
            "linkcentre." + prison.id().replace("hmp-yoi-", "").replace("hmp-", ""),
            "SPS Link Centre, " + prison.name(),
            "The Link Centre inside "
                + prison.name()
                + " near "
                + town
                + ": where community agencies meet people before release, and where liberation"
                + " is planned with the person and their personal officer.");
        contact(
            key,
            null,
            prison.id(),
            "Link Centre officer (liberations)",
            "Liberation officer",
            agencies.get(key).phone(),
            "liberations." + agencies.get(key).email());
      }
      for (String area : JUSTICE_SOCIAL_WORK_AREAS) {
        String key = "cjsw-" + slug(area);
        addAgency(
            key,
            AgencyKind.STATUTORY,
            area,
            slug(councilName(area)) + ".example.org",
            "justice.socialwork",
            area + " Justice Social Work",
            councilName(area)
                + "'s justice social work service: statutory throughcare for people on licence"
                + " and from long-term sentences, and voluntary throughcare for short-term"
                + " prisoners returning to "
                + area
                + ".");
        for (String placement : JUSTICE_SOCIAL_WORK_PRISONS.get(area)) {
          String prisonId = placement.substring(0, placement.indexOf(':'));
          contact(
              key,
              null,
              prisonId,
              "Prison-based justice social worker",
              "Social worker",
              nextPhone(key),
              "prisonteam." + agencies.get(key).email());
        }
      }
      for (String area : HOUSING_OPTIONS_PRISONS.keySet().stream().sorted().toList()) {
        String key = "housing-" + slug(area);
        String name =
            area.equals("Glasgow City")
                ? "Glasgow City Council Homelessness Services"
                : councilName(area) + " Housing Options";
        addAgency(
            key,
            AgencyKind.STATUTORY,
            area,
            slug(councilName(area)) + ".example.org",
            "housingoptions",
            name,
            "The council's housing options and homelessness team for "
                + area
                + ", working to the SHORE standards so that nobody leaves custody without"
                + " somewhere to stay.");
      }
      for (String[] f : rows(AGENCIES)) {
        addAgency(f[0], AgencyKind.valueOf(f[1]), f[2], f[3], f[4], f[5], f[6]);
      }
    }

    private void addAgency(
        String key,
        AgencyKind kind,
        String baseArea,
        String domain,
        String emailLocal,
        String name,
        String description) {
      if (agencies.containsKey(key)) {
        throw new IllegalStateException("duplicate agency key: " + key);
      }
      String website =
          kind == AgencyKind.PRISON_SERVICE
              ? "https://" + domain + "/link-centres/" + key.substring("link-".length())
              : "https://" + domain;
      agencyBaseAreas.put(key, baseArea);
      String phone = nextPhone(key);
      Agency agency =
          new Agency(
              id("agency", key),
              name,
              description,
              kind.name(),
              website,
              emailLocal + "@" + domain,
              phone,
              areaCode(baseArea),
              confirmedDate("agency:" + key));
      agencies.put(key, agency);
      String[] general =
          switch (kind) {
            case PRISON_SERVICE -> new String[] {"Link Centre manager", "Link Centre manager"};
            case STATUTORY -> new String[] {"Duty worker", "Duty worker"};
            case HEALTH -> new String[] {"Liaison nurse", "Throughcare liaison"};
            case FUNDER -> new String[] {"Grants and commissioning officer", "Funding officer"};
            case PEER_LED -> new String[] {"Peer support coordinator", "Coordinator"};
            case FAITH_BASED -> new String[] {"Project coordinator", "Coordinator"};
            case THIRD_SECTOR -> new String[] {"Throughcare duty worker", "Duty worker"};
          };
      contact(key, null, null, general[0], general[1], phone, agency.email());
    }

    private void contact(
        String agencyKey,
        String serviceId,
        String prisonId,
        String name,
        String role,
        String phone,
        String email) {
      String key = agencyKey + ":" + serviceId + ":" + prisonId + ":" + name;
      contacts.add(
          new Contact(
              id("contact", key),
              id("agency", agencyKey),
              serviceId,
              prisonId,
              name,
              role,
              phone,
              email));
    }

    /**
     * The next fictional phone number for an agency, from the Ofcom drama range nearest its base:
     * 0131 496 0xxx (east), 0141 496 0xxx (west), 01632 960xxx (elsewhere), 020 7946 0xxx and 0113
     * 496 0xxx for UK-wide bodies. Numbers step by 37 so neighbours differ in more than one digit;
     * 37 is coprime to 1000, so the first thousand numbers of a range never repeat.
     */
    private String nextPhone(String agencyKey) {
      String range =
          switch (agencyKey) {
            case "dwp" -> "020 7946 0";
            case "stepchange" -> "0113 496 0";
            default -> {
              String area = agencyBaseAreas.get(agencyKey);
              if (union(LOTHIANS, List.of("Scottish Borders", "Fife")).contains(area)) {
                yield "0131 496 0";
              } else if (union(GLASGOW_AND_CLYDE, LANARKSHIRE, AYRSHIRE, List.of("Argyll and Bute"))
                  .contains(area)) {
                yield "0141 496 0";
              }
              yield "01632 960";
            }
          };
      int n = phoneCounters.merge(range, 1, Integer::sum);
      return range + String.format("%03d", (n * 37 + 101) % 1000);
    }

    /**
     * The office of an agency in a council area (created on first use): a fictional street address
     * in the area's main town, with a point within about two kilometres of the town centre.
     */
    String office(String agencyKey, String areaName) {
      String key = "office:" + agencyKey + ":" + areaName;
      if (!locations.containsKey(key)) {
        Area area = AREAS_BY_NAME.get(areaName).area();
        int h = hash(key);
        double dLat = ((h % 1000) / 1000.0 - 0.5) * 0.036;
        double dLon = (((h / 1000) % 1000) / 1000.0 - 0.5) * 0.06;
        String address =
            (1 + h % 180) + " " + STREETS[(h / 7) % STREETS.length] + ", " + area.mainTown();
        locations.put(
            key,
            new Location(
                id("location", key),
                agencies.get(agencyKey).name() + ", " + area.mainTown(),
                address,
                postcode(areaName, key),
                area.code(),
                round(area.latitude() + dLat),
                round(area.longitude() + dLon),
                false));
      }
      return locations.get(key).id();
    }

    /**
     * The phone and online "location" of an agency. It is virtual, but it carries the coordinates
     * of the agency's head-office town so that distance ranking and maps still place the service
     * instead of silently dropping it.
     */
    String phoneLine(String agencyKey) {
      String key = "virtual:" + agencyKey;
      if (!locations.containsKey(key)) {
        Area area = AREAS_BY_NAME.get(agencyBaseAreas.get(agencyKey)).area();
        locations.put(
            key,
            new Location(
                id("location", key),
                agencies.get(agencyKey).name() + " (phone and online)",
                "Phone and online",
                null,
                area.code(),
                area.latitude(),
                area.longitude(),
                true));
      }
      return locations.get(key).id();
    }

    /** The Link Centre of a prison, where in-reach services meet people before release. */
    String prisonSite(String prisonId) {
      String key = "prison:" + prisonId;
      if (!locations.containsKey(key)) {
        Prison prison = prisons.get(prisonId);
        if (prison == null) {
          throw new IllegalArgumentException("unknown prison: " + prisonId);
        }
        Area area = AREAS_BY_CODE.get(prison.areaCode()).area();
        locations.put(
            key,
            new Location(
                id("location", key),
                "Link Centre, " + prison.name(),
                "Link Centre, " + prison.name() + ", " + area.mainTown(),
                postcode(area.name(), key),
                area.code(),
                prison.latitude(),
                prison.longitude(),
                false));
      }
      return locations.get(key).id();
    }

    private static double round(double degrees) {
      return Math.round(degrees * 10_000) / 10_000.0;
    }

    ServiceSpec service(String agencyKey, String key, String name) {
      if (!agencies.containsKey(agencyKey)) {
        throw new IllegalArgumentException("unknown agency: " + agencyKey);
      }
      ServiceSpec spec = new ServiceSpec(agencyKey, key, name);
      specs.add(spec);
      return spec;
    }

    /**
     * A service being declared. Anything not set falls back to a default that fits most services
     * (free, English, open to all, self-referral or any professional), and varied fields such as
     * waiting time and verification date are picked from the service's key.
     */
    final class ServiceSpec {
      private final String agencyKey;
      private final String key;
      private final String name;
      private String description;
      private String status = "active";
      private List<String> routes = List.of("self", "any professional");
      private String criteria;
      private String waiting;
      private String capacity;
      private String cost = "free";
      private List<String> languages = List.of("English");
      private String hours;
      private List<String> documents = List.of();
      private Integer minimumAge;
      private Integer maximumAge;
      private LocalDate verified;
      private List<String> needs = List.of();
      private List<String> forOnly = List.of();
      private List<String> covers = List.of();
      private List<String> inReach = List.of();
      private final List<String> locationIds = new ArrayList<>();

      private ServiceSpec(String agencyKey, String key, String name) {
        this.agencyKey = agencyKey;
        this.key = key;
        this.name = name;
      }

      String id() {
        return serviceId(agencyKey, key);
      }

      ServiceSpec description(String text) {
        this.description = text;
        return this;
      }

      ServiceSpec needs(String... needIds) {
        this.needs = List.of(needIds);
        return this;
      }

      ServiceSpec forOnly(String... circumstanceIds) {
        this.forOnly = List.of(circumstanceIds);
        return this;
      }

      ServiceSpec ages(int minimum, int maximum) {
        this.minimumAge = minimum;
        this.maximumAge = maximum;
        return this;
      }

      ServiceSpec covers(String... areaNames) {
        return covers(List.of(areaNames));
      }

      ServiceSpec covers(List<String> areaNames) {
        this.covers = areaNames.stream().map(DemoDirectory::areaCode).toList();
        return this;
      }

      /** Works inside these prisons before release; the Link Centre becomes a delivery site. */
      ServiceSpec inReach(String... prisonIds) {
        this.inReach = List.of(prisonIds);
        for (String prisonId : prisonIds) {
          locationIds.add(prisonSite(prisonId));
        }
        return this;
      }

      ServiceSpec atOffice(String... areaNames) {
        for (String area : areaNames) {
          locationIds.add(office(agencyKey, area));
        }
        return this;
      }

      ServiceSpec byPhone() {
        locationIds.add(phoneLine(agencyKey));
        return this;
      }

      ServiceSpec routes(String... referralRoutes) {
        this.routes = List.of(referralRoutes);
        return this;
      }

      ServiceSpec criteria(String text) {
        this.criteria = text;
        return this;
      }

      ServiceSpec waiting(String text) {
        this.waiting = text;
        return this;
      }

      ServiceSpec capacity(String value) {
        this.capacity = value;
        return this;
      }

      ServiceSpec cost(String text) {
        this.cost = text;
        return this;
      }

      ServiceSpec languages(String... names) {
        this.languages = List.of(names);
        return this;
      }

      ServiceSpec hours(String text) {
        this.hours = text;
        return this;
      }

      ServiceSpec documents(String... items) {
        this.documents = List.of(items);
        return this;
      }

      ServiceSpec status(String value) {
        this.status = value;
        return this;
      }

      /** Pins the verification date, for stories that depend on it (a closure, a recent check). */
      ServiceSpec verified(LocalDate date) {
        this.verified = date;
        return this;
      }

      private String fullKey() {
        return agencyKey + "/" + key;
      }

      Service toService() {
        if (description == null || needs.isEmpty() || covers.isEmpty()) {
          throw new IllegalStateException("incomplete service: " + fullKey());
        }
        if (locationIds.isEmpty()) {
          atOffice(agencyBaseAreas.get(agencyKey));
        }
        String k = fullKey();
        return new Service(
            id(),
            DemoDirectory.id("agency", agencyKey),
            name,
            description,
            status,
            routes.contains("self"),
            routes,
            criteria != null ? criteria : defaultCriteria(),
            waiting != null ? waiting : pick("waiting:" + k, WAITS),
            capacity != null ? capacity : (hash("capacity:" + k) % 10 < 7 ? "open" : "limited"),
            cost,
            languages,
            hours != null ? hours : pick("hours:" + k, HOURS),
            documents,
            minimumAge,
            maximumAge,
            verified != null ? verified : verifiedDate(k),
            needs,
            forOnly,
            covers,
            inReach,
            List.copyOf(new LinkedHashSet<>(locationIds)));
      }

      private String defaultCriteria() {
        if (forOnly.isEmpty() && minimumAge == null) {
          return "Open to anyone leaving custody, or recently released, who lives in the area"
              + " covered.";
        }
        return "Only for people who are "
            + String.join(" and ", forOnly.stream().map(c -> c.replace('-', ' ')).toList())
            + (minimumAge != null ? " (aged " + minimumAge + "–" + maximumAge + ")" : "")
            + ", leaving custody or recently released, in the area covered.";
      }

      /** About one service in three gets its own named contact (a role, not a person). */
      void contact() {
        int h = hash("contact:" + fullKey());
        if (h % 3 != 0) {
          return;
        }
        String[][] roles = {
          {"Referrals coordinator", "Referrals coordinator"},
          {"Throughcare duty worker", "Duty worker"},
          {"Service team leader", "Team leader"},
          {"Project worker (referrals)", "Project worker"},
          {"Intake worker", "Intake worker"}
        };
        String[] role = roles[(h / 3) % roles.length];
        Assembly.this.contact(
            agencyKey,
            id(),
            inReach.isEmpty() ? null : inReach.get(0),
            role[0],
            role[1],
            nextPhone(agencyKey),
            slug(key) + "." + agencies.get(agencyKey).email());
      }
    }

    // --- relationships --------------------------------------------------------------------------

    private void relate(
        RelationshipType type,
        String fromId,
        String toId,
        boolean formal,
        String notes,
        String system) {
      String key = type + ":" + fromId + ":" + toId;
      LocalDate lastConfirmed = confirmedDate("relationship:" + key);
      LocalDate since = lastConfirmed.minusDays(120 + hash("since:" + key) % 3000);
      relationships.add(
          new Relationship(
              id("relationship", key),
              type,
              fromId,
              toId,
              since,
              formal,
              lastConfirmed,
              notes,
              system));
    }

    private String agencyId(String key) {
      if (!agencies.containsKey(key)) {
        throw new IllegalArgumentException("unknown agency: " + key);
      }
      return agencies.get(key).id();
    }

    void refers(String from, String to, boolean formal, String notes) {
      relate(RelationshipType.REFERS_TO, agencyId(from), agencyId(to), formal, notes, null);
    }

    void partners(String from, String to, boolean formal, String notes) {
      relate(RelationshipType.PARTNERS_WITH, agencyId(from), agencyId(to), formal, notes, null);
    }

    /** Sharing through a system or a written protocol is formal; phone contact alone is not. */
    void shares(String from, String to, String system, String notes) {
      relate(
          RelationshipType.SHARES_INFORMATION_WITH,
          agencyId(from),
          agencyId(to),
          !system.startsWith("phone"),
          notes,
          system);
    }

    void worksIn(String agency, String prisonId, String notes) {
      if (!prisons.containsKey(prisonId)) {
        throw new IllegalArgumentException("unknown prison: " + prisonId);
      }
      relate(RelationshipType.WORKS_IN, agencyId(agency), prisonId, true, notes, null);
    }

    void funds(String funder, String agency, String serviceKey, String notes) {
      relate(
          RelationshipType.FUNDS,
          agencyId(funder),
          serviceIdChecked(agency, serviceKey),
          true,
          notes,
          null);
    }

    void commissions(String funder, String agency, String serviceKey, String notes) {
      relate(
          RelationshipType.COMMISSIONS,
          agencyId(funder),
          serviceIdChecked(agency, serviceKey),
          true,
          notes,
          null);
    }

    private String serviceIdChecked(String agency, String serviceKey) {
      String serviceId = serviceId(agency, serviceKey);
      if (specs.stream().noneMatch(s -> s.id().equals(serviceId))) {
        throw new IllegalArgumentException("unknown service: " + agency + "/" + serviceKey);
      }
      return serviceId;
    }

    // --- services -------------------------------------------------------------------------------

    /** Who a Link Centre's services are for follows who the establishment holds. */
    private void linkCentreServices() {
      for (Prison prison : prisons.values()) {
        String agency = "link-" + prison.id();
        String[] forOnly =
            switch (prison.id()) {
              case "hmp-yoi-stirling", "bella-centre", "lilias-centre" -> new String[] {"women"};
              case "hmp-yoi-polmont" -> new String[] {"young-people"};
              case "hmp-shotts" -> new String[] {"men", "long-term"};
              case "hmp-edinburgh", "hmp-yoi-grampian" -> new String[] {};
              default -> new String[] {"men"};
            };
        ServiceSpec planning =
            service(agency, "pre-release", "Pre-release planning, " + prison.name())
                .description(
                    "Link Centre staff and visiting agencies work through housing, benefits, ID"
                        + " and bank account needs in the twelve weeks before liberation, and"
                        + " book community appointments for the day of release.")
                .needs(
                    "housing.housing-advice",
                    "benefits-and-income.universal-credit",
                    "id-and-documents.photo-id",
                    "id-and-documents.bank-account")
                .covers(PRISON_CATCHMENT.get(prison.id()))
                .forOnly(forOnly)
                .inReach(prison.id())
                .routes("self", "personal officer", "prison officer", "CJSW")
                .criteria(
                    "Anyone held in "
                        + prison.name()
                        + ": put in a request form or ask a personal officer, at least 12 weeks"
                        + " before liberation where possible.")
                .waiting("Seen within a week of a request")
                .hours("Mon–Fri 8.30am–4.30pm, in the Link Centre");
        ServiceSpec liberation =
            service(agency, "liberation-day", "Liberation day support, " + prison.name())
                .description(
                    "On the day of release Link Centre officers hand over property, the discharge"
                        + " grant, a travel warrant and a release letter, check that community"
                        + " appointments are in place and hand over to any agency meeting the"
                        + " person at the gate.")
                .needs("practical-basics.travel-and-phone", "benefits-and-income.crisis-grants")
                .covers(PRISON_CATCHMENT.get(prison.id()))
                .forOnly(forOnly)
                .inReach(prison.id())
                .routes("prison officer", "personal officer")
                .criteria(
                    "Everyone liberated from " + prison.name() + "; arranged by the Link Centre.")
                .waiting("No wait")
                .hours("Liberation days from 7.30am");
        if (prison.id().equals("hmp-yoi-polmont")) {
          planning.ages(16, 25);
          liberation.ages(16, 25);
        }
      }
    }

    private void justiceSocialWorkServices() {
      for (String area : JUSTICE_SOCIAL_WORK_AREAS) {
        String agency = "cjsw-" + slug(area);
        String[] prisonIds =
            JUSTICE_SOCIAL_WORK_PRISONS.get(area).stream()
                .map(p -> p.substring(0, p.indexOf(':')))
                .toArray(String[]::new);
        service(agency, "statutory-throughcare", area + " statutory throughcare")
            .description(
                "A justice social worker is allocated before release to people returning to "
                    + area
                    + " on licence or from a long-term sentence, prepares the community"
                    + " integration plan with the prison and supervises licence conditions.")
            .needs("justice-and-legal.licence-support", "housing.housing-advice")
            .covers(area)
            .forOnly("long-term", "licence")
            .inReach(prisonIds)
            .atOffice(area)
            .routes("prison-based social work", "Link Centre", "Parole Board")
            .criteria(
                "People released on licence or from a sentence of four years or more to "
                    + area
                    + "; allocated automatically before release.")
            .waiting("Allocated before release")
            .hours("Mon–Fri 8.45am–4.45pm; out of hours via the emergency social work service");
        service(agency, "voluntary-throughcare", area + " voluntary throughcare")
            .description(
                "Help for short-term prisoners who ask for it, for up to twelve months after"
                    + " release: housing and benefits appointments, support to attend them and"
                    + " a named worker to call.")
            .needs("justice-and-legal", "benefits-and-income", "housing.housing-advice")
            .covers(area)
            .forOnly("short-term")
            .atOffice(area)
            .routes("self", "Link Centre", "prison officer", "any professional")
            .criteria(
                "People serving under four years who will live in "
                    + area
                    + " and ask for support, from six months before release to a year after.");
      }
      service(
              "cjsw-glasgow-city",
              "bail-supervision",
              "Glasgow bail supervision and remand support")
          .description(
              "Supervised bail as an alternative to remand, and support on release from remand at"
                  + " court: accommodation calls, a phone and a first appointment the next day.")
          .needs("justice-and-legal", "mentoring-and-peer-support.one-to-one-mentoring")
          .covers("Glasgow City")
          .forOnly("remand")
          .routes("court social work", "defence agent", "Link Centre")
          .hours("Mon–Fri 9am–5pm; court duty Mon–Sat");
      service("cjsw-glasgow-city", "tomorrows-women", "Tomorrow's Women Glasgow")
          .description(
              "A one-stop service for women with repeated justice involvement: trauma-informed"
                  + " key workers, recovery and mental health staff and domestic abuse support,"
                  + " starting in the Lilias Centre before release.")
          .needs(
              "mental-health.trauma-support",
              "alcohol-and-drugs.recovery-support",
              "safety.domestic-abuse",
              "mentoring-and-peer-support.one-to-one-mentoring")
          .covers("Glasgow City")
          .forOnly("women")
          .inReach("lilias-centre", "hmp-yoi-stirling")
          .atOffice("Glasgow City")
          .routes("self", "CJSW", "Link Centre", "any professional")
          .capacity("limited");
      service("cjsw-city-of-edinburgh", "willow", "Willow women's service")
          .description(
              "Joint council, NHS and third-sector service for women in the justice system:"
                  + " group work, health checks, trauma support and peer groups in a women-only"
                  + " space.")
          .needs(
              "mental-health.trauma-support",
              "physical-health.health-checks",
              "mentoring-and-peer-support.peer-support")
          .covers("City of Edinburgh")
          .forOnly("women")
          .routes("self", "CJSW", "GP", "any professional");
      service("cjsw-city-of-edinburgh", "hdc-support", "Edinburgh HDC and early release support")
          .description(
              "Home background checks for Home Detention Curfew and support in the first weeks on"
                  + " a tag, including help when the address falls through.")
          .needs("justice-and-legal.licence-support", "housing.housing-advice")
          .covers("City of Edinburgh")
          .forOnly("hdc")
          .routes("Link Centre", "prison-based social work")
          .waiting("Checks completed within 10 working days");
      service("cjsw-dundee-city", "hdc-support", "Dundee HDC assessments and support")
          .description(
              "Home background reports for Home Detention Curfew applications and a named worker"
                  + " while on the tag.")
          .needs("justice-and-legal.licence-support")
          .covers("Dundee City")
          .forOnly("hdc")
          .routes("Link Centre", "prison-based social work");
      service("cjsw-dundee-city", "young-peoples-throughcare", "Dundee young people's throughcare")
          .description(
              "Intensive throughcare for young people returning to Dundee, linked to the"
                  + " council's care leavers' team where relevant.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "education.college-access")
          .covers("Dundee City")
          .forOnly("young-people")
          .ages(16, 25)
          .inReach("hmp-yoi-polmont")
          .atOffice("Dundee City")
          .routes("CJSW", "Link Centre", "throughcare and aftercare team");
      service("cjsw-fife", "hdc-assessments", "Fife HDC home background assessments")
          .description(
              "Assessments of proposed Home Detention Curfew addresses in Fife and follow-up"
                  + " visits in the first fortnight.")
          .needs("justice-and-legal.licence-support")
          .covers("Fife")
          .forOnly("hdc")
          .routes("Link Centre", "prison-based social work")
          .verified(TODAY.minusDays(820));
      service(
              "cjsw-highland",
              "mappa-throughcare",
              "Highland throughcare for registered sex offenders")
          .description(
              "Release planning and supervision for people subject to sex offender notification"
                  + " requirements, with police and housing under MAPPA arrangements.")
          .needs(
              "justice-and-legal.licence-support",
              "housing.housing-advice",
              "safety.safety-planning")
          .covers(HIGHLAND_AND_ISLANDS)
          .forOnly("sex-offence-conviction")
          .inReach("hmp-inverness", "hmp-yoi-grampian")
          .atOffice("Highland")
          .routes("prison-based social work", "police", "Link Centre")
          .criteria(
              "People with a sexual offence conviction returning to Highland or the islands.");
      service(
              "cjsw-north-lanarkshire",
              "long-term-resettlement",
              "North Lanarkshire long-term resettlement group")
          .description(
              "Pre-release groups at HMP Shotts for people coming home to North Lanarkshire after"
                  + " long sentences, then monthly peer meetings in Motherwell.")
          .needs("mentoring-and-peer-support.peer-support", "justice-and-legal.licence-support")
          .covers("North Lanarkshire")
          .forOnly("long-term")
          .inReach("hmp-shotts")
          .atOffice("North Lanarkshire")
          .routes("prison-based social work", "Link Centre");
      service("cjsw-moray", "employability", "Moray employability for people on licence")
          .description(
              "Work placements with local employers for people on community payback or licence"
                  + " in Moray.")
          .needs("employment-and-skills.work-placements")
          .covers("Moray")
          .forOnly("licence")
          .routes("CJSW");
    }

    private void housingOptionsServices() {
      for (String area : HOUSING_OPTIONS_PRISONS.keySet().stream().sorted().toList()) {
        String agency = "housing-" + slug(area);
        service(agency, "shore", area + " housing options before release (SHORE)")
            .description(
                "Housing options interviews in custody, homeless applications taken before"
                    + " release and a place to stay booked for the night of liberation, so that"
                    + " nobody leaves for the street.")
            .needs("housing.housing-advice", "housing.emergency")
            .covers(area)
            .inReach(HOUSING_OPTIONS_PRISONS.get(area).toArray(String[]::new))
            .atOffice(area)
            .routes("self", "Link Centre", "CJSW", "prison officer", "any professional")
            .documents("release letter", "photo ID if you have it")
            .waiting("Interview within 2 weeks of referral; refer 8 weeks before liberation");
      }
      for (String area :
          List.of("Glasgow City", "City of Edinburgh", "Dundee City", "Aberdeen City", "Fife")) {
        service("housing-" + slug(area), "tenancy-sustainment", area + " tenancy sustainment")
            .description(
                "Support workers help new tenants set up home, claim for furniture and rent, and"
                    + " deal early with arrears or neighbour problems.")
            .needs("housing.tenancy-sustainment", "money-and-debt.budgeting")
            .covers(area)
            .routes("housing officer", "CJSW", "any professional");
      }
      service("housing-glasgow-city", "hunter-street", "Glasgow out-of-hours homelessness service")
          .description(
              "Evening and weekend homelessness assessments and emergency placements for people"
                  + " released late in the day or at weekends.")
          .needs("housing.emergency")
          .covers("Glasgow City")
          .forOnly("homeless-on-release")
          .routes("self", "police", "any professional")
          .hours("Mon–Fri 5pm–9am; weekends and public holidays 24 hours")
          .waiting("Same day");
    }

    private void healthServices() {
      service(
              "nhs-ggc",
              "liberation-prescribing",
              "Liberation prescribing and OST continuity, Glasgow and Clyde prisons")
          .description(
              "Prison healthcare arranges a community prescriber before release so that"
                  + " methadone or buprenorphine continues without a gap, and supplies"
                  + " medication and naloxone on the day of liberation.")
          .needs(
              "alcohol-and-drugs.opioid-treatment",
              "alcohol-and-drugs.harm-reduction",
              "physical-health.medication-continuity")
          .covers(GLASGOW_AND_CLYDE)
          .inReach("hmp-barlinnie", "hmp-low-moss", "hmp-greenock", "lilias-centre")
          .routes("prison healthcare", "self")
          .criteria("Anyone in a Glasgow and Clyde establishment on prescribed treatment.")
          .hours("Prison healthcare hours; community pharmacy pick-up the same day");
      service(
              "nhs-ggc",
              "adrs-prison-liaison",
              "Glasgow Alcohol and Drug Recovery Services prison liaison")
          .description(
              "Community addiction workers meet people before release and hold an appointment"
                  + " at the local recovery hub within two working days of liberation.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.recovery-support")
          .covers("Glasgow City")
          .inReach("hmp-barlinnie", "hmp-low-moss")
          .atOffice("Glasgow City")
          .routes("self", "prison healthcare", "Link Centre", "GP", "any professional");
      service("nhs-ggc", "homeless-health", "Homeless health and GP registration, Glasgow")
          .description(
              "A specialist GP practice and nursing team for people with no fixed address,"
                  + " including people released without housing: registration the same day.")
          .needs("physical-health.gp-registration", "physical-health.health-checks")
          .covers("Glasgow City")
          .routes("self", "any professional")
          .waiting("Same day")
          .documents("release letter");
      service(
              "nhs-ggc",
              "custody-mental-health",
              "Mental health liaison for people leaving custody, Glasgow")
          .description(
              "Community psychiatric nurses pick up people with a mental health care plan in"
                  + " custody and link them to community mental health teams.")
          .needs("mental-health.crisis-support", "mental-health.counselling")
          .covers(GLASGOW_AND_CLYDE)
          .routes("prison healthcare", "GP", "CJSW")
          .capacity("limited");
      service(
              "nhs-lothian",
              "liberation-prescribing",
              "Liberation prescribing, HMP Edinburgh and HMP Addiewell")
          .description(
              "Healthcare staff arrange community prescribing, a week's supply of medicines and"
                  + " naloxone for everyone leaving on treatment.")
          .needs("alcohol-and-drugs.opioid-treatment", "physical-health.medication-continuity")
          .covers(LOTHIANS)
          .inReach("hmp-edinburgh", "hmp-addiewell")
          .routes("prison healthcare");
      service("nhs-lothian", "access-practice", "Edinburgh Access Practice")
          .description(
              "GP practice for people who are homeless or in temporary accommodation in"
                  + " Edinburgh, with drop-in sessions and blood-borne virus testing.")
          .needs("physical-health.gp-registration", "physical-health.health-checks")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .routes("self", "any professional")
          .hours("Mon–Fri 9am–12.30pm drop-in; afternoons by appointment");
      service("nhs-lothian", "substance-use-throughcare", "Lothian substance use throughcare")
          .description(
              "Substance use nurses meet people in custody and carry on with treatment and"
                  + " harm reduction in the community for the first three months.")
          .needs(
              "alcohol-and-drugs.opioid-treatment",
              "alcohol-and-drugs.alcohol-support",
              "alcohol-and-drugs.harm-reduction")
          .covers(LOTHIANS)
          .atOffice("City of Edinburgh", "West Lothian")
          .routes("self", "prison healthcare", "GP", "CJSW");
      service(
              "nhs-tayside",
              "prison-liaison",
              "Dundee Drug and Alcohol Recovery Service prison liaison")
          .description(
              "Same-day community prescribing for people released to Dundee and Angus, with a"
                  + " nurse at the Bella Centre and HMP Perth each week.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.harm-reduction")
          .covers("Dundee City", "Angus")
          .inReach("hmp-perth", "bella-centre")
          .atOffice("Dundee City")
          .routes("self", "prison healthcare", "Link Centre", "GP");
      service(
              "nhs-tayside",
              "community-mental-health",
              "Tayside community mental health, justice pathway")
          .description(
              "Assessment and short-term treatment for people on justice orders or recently"
                  + " released, with fast-track access to psychology.")
          .needs("mental-health.counselling", "mental-health.trauma-support")
          .covers(TAYSIDE)
          .routes("GP", "CJSW")
          .capacity("full")
          .waiting("Waiting list: around 16 weeks");
      service("nhs-grampian", "prison-healthcare", "HMP & YOI Grampian liberation healthcare")
          .description(
              "Release planning by the prison healthcare team: medication, GP registration and"
                  + " a handover to Aberdeen or Aberdeenshire drug services.")
          .needs(
              "physical-health.medication-continuity",
              "physical-health.gp-registration",
              "alcohol-and-drugs.opioid-treatment")
          .covers("Aberdeen City", "Aberdeenshire")
          .inReach("hmp-yoi-grampian")
          .routes("prison healthcare");
      service(
              "nhs-grampian",
              "moray-justice-pathway",
              "Moray Integrated Drug and Alcohol Service, justice pathway")
          .description(
              "Treatment and recovery support for people released from a sentence to Moray,"
                  + " referred by justice social work as part of their release plan.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.alcohol-support")
          .covers("Moray")
          .forOnly("short-term", "long-term", "licence")
          .atOffice("Moray")
          .routes("CJSW")
          .criteria(
              "People released from a sentence who are open to Moray Justice Social Work; there"
                  + " is no route for people liberated from remand.");
      service(
              "nhs-grampian",
              "aberdeen-drug-service",
              "Aberdeen Integrated Drug Service, prison liaison")
          .description(
              "Community drug service for Aberdeen City with a prison liaison nurse and a"
                  + " naloxone clinic.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.harm-reduction")
          .covers("Aberdeen City")
          .atOffice("Aberdeen City")
          .routes("self", "GP", "prison healthcare", "any professional");
      service("nhs-highland", "prison-healthcare", "HMP Inverness liberation healthcare")
          .description(
              "Medication on release, GP registration and referrals on to community services"
                  + " across the Highlands for people leaving HMP Inverness.")
          .needs("physical-health.medication-continuity", "physical-health.gp-registration")
          .covers("Highland")
          .inReach("hmp-inverness")
          .routes("prison healthcare");
      service("nhs-highland", "drug-alcohol-throughcare", "Highland drug and alcohol throughcare")
          .description(
              "Community addiction nurses who take referrals from HMP Inverness and HMP & YOI"
                  + " Grampian and see people in Inverness, the Western Isles, Orkney and"
                  + " Shetland, often by video call.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.alcohol-support")
          .covers(HIGHLAND_AND_ISLANDS)
          .atOffice("Highland")
          .routes("self", "prison healthcare", "GP")
          .languages("English", "Scottish Gaelic (by arrangement)");
      service("nhs-highland", "crisis-team", "Highland mental health crisis team")
          .description("Urgent mental health assessment for adults in the Inverness area.")
          .needs("mental-health.crisis-support")
          .covers("Highland")
          .routes("GP", "police", "any professional")
          .hours("24 hours, 7 days");
      service("nhs-fife", "addiction-services", "Fife Addiction Services, prison release pathway")
          .description(
              "Rapid access to prescribing and recovery support for people released to Fife"
                  + " from HMP Perth, HMP Edinburgh and HMP Glenochil.")
          .needs("alcohol-and-drugs.opioid-treatment", "alcohol-and-drugs.recovery-support")
          .covers("Fife")
          .atOffice("Fife")
          .routes("self", "prison healthcare", "GP", "CJSW");
      service("nhs-fife", "bbv-testing", "Fife blood-borne virus testing and treatment")
          .description("Hepatitis C and HIV testing and treatment, in clinics and outreach.")
          .needs("physical-health.health-checks")
          .covers("Fife")
          .routes("self", "GP", "any professional");
      service("nhs-forth-valley", "prison-healthcare", "Forth Valley prisons liberation healthcare")
          .description(
              "Release planning for health needs at HMP Glenochil, HMP & YOI Polmont and HMP &"
                  + " YOI Stirling: prescriptions, GP registration and sexual health follow-up.")
          .needs(
              "physical-health.medication-continuity",
              "physical-health.gp-registration",
              "alcohol-and-drugs.opioid-treatment")
          .covers(FORTH_VALLEY)
          .inReach("hmp-glenochil", "hmp-yoi-polmont", "hmp-yoi-stirling")
          .routes("prison healthcare");
      service("nhs-forth-valley", "womens-health", "Women's health on release, HMP & YOI Stirling")
          .description(
              "Nurse-led health checks, contraception and cervical screening before release,"
                  + " with a named nurse in the woman's home health board.")
          .needs("physical-health.health-checks", "mental-health.trauma-support")
          .covers(ALL)
          .forOnly("women")
          .inReach("hmp-yoi-stirling")
          .routes("self", "prison healthcare");
      service("nhs-dg", "prison-healthcare", "HMP Dumfries liberation healthcare")
          .description(
              "Medication, naloxone and GP registration for men leaving HMP Dumfries, with a"
                  + " handover to the community drug and alcohol team.")
          .needs(
              "physical-health.medication-continuity",
              "alcohol-and-drugs.harm-reduction",
              "alcohol-and-drugs.opioid-treatment")
          .covers("Dumfries and Galloway")
          .forOnly("men")
          .inReach("hmp-dumfries")
          .routes("prison healthcare");
      service(
              "nhs-lanarkshire",
              "addiction-recovery",
              "Lanarkshire Addiction Recovery Team, custody link")
          .description(
              "Community addiction recovery workers who meet people in custody and offer an"
                  + " appointment within a week of release.")
          .needs("alcohol-and-drugs.recovery-support", "alcohol-and-drugs.opioid-treatment")
          .covers(LANARKSHIRE)
          .inReach("hmp-shotts", "hmp-addiewell")
          .atOffice("North Lanarkshire", "South Lanarkshire")
          .routes("self", "prison healthcare", "GP", "CJSW");
      service("nhs-ayrshire", "prison-healthcare", "HMP Kilmarnock liberation healthcare")
          .description(
              "Prescriptions, GP registration and mental health handover for men leaving HMP"
                  + " Kilmarnock to Ayrshire.")
          .needs("physical-health.medication-continuity", "mental-health.crisis-support")
          .covers(AYRSHIRE)
          .forOnly("men")
          .inReach("hmp-kilmarnock")
          .routes("prison healthcare");
      service("dundee-adp", "non-fatal-overdose", "Dundee non-fatal overdose rapid response")
          .description(
              "Outreach within 24 hours of a non-fatal overdose, with naloxone and a fast route"
                  + " back into treatment; prioritises people in their first month out of"
                  + " custody.")
          .needs("alcohol-and-drugs.harm-reduction", "mental-health.crisis-support")
          .covers("Dundee City")
          .routes("police", "ambulance service", "any professional")
          .hours("7 days, 8am–8pm");
    }

    /** Jobcentre Plus work coaches by region; the Dumfries post is vacant (one of the gaps). */
    private void benefitsAndWorkServices() {
      record Region(String key, String label, List<String> covers, String[] prisons, String base) {}
      List<Region> regions =
          List.of(
              new Region(
                  "glasgow-clyde",
                  "Glasgow and Clyde",
                  GLASGOW_AND_CLYDE,
                  new String[] {"hmp-barlinnie", "hmp-low-moss", "hmp-greenock", "lilias-centre"},
                  "Glasgow City"),
              new Region(
                  "lothian-borders",
                  "Lothian and Borders",
                  union(LOTHIANS, List.of("Scottish Borders")),
                  new String[] {"hmp-edinburgh", "hmp-addiewell"},
                  "City of Edinburgh"),
              new Region(
                  "tayside",
                  "Tayside",
                  TAYSIDE,
                  new String[] {"hmp-perth", "hmp-castle-huntly", "bella-centre"},
                  "Dundee City"),
              new Region(
                  "forth-valley",
                  "Forth Valley",
                  FORTH_VALLEY,
                  new String[] {"hmp-glenochil", "hmp-yoi-polmont", "hmp-yoi-stirling"},
                  "Falkirk"),
              new Region(
                  "grampian",
                  "Grampian",
                  GRAMPIAN,
                  new String[] {"hmp-yoi-grampian"},
                  "Aberdeen City"),
              new Region(
                  "highland-islands",
                  "Highland and Islands",
                  HIGHLAND_AND_ISLANDS,
                  new String[] {"hmp-inverness"},
                  "Highland"),
              new Region(
                  "ayrshire",
                  "Ayrshire",
                  AYRSHIRE,
                  new String[] {"hmp-kilmarnock"},
                  "East Ayrshire"),
              new Region(
                  "lanarkshire",
                  "Lanarkshire",
                  LANARKSHIRE,
                  new String[] {"hmp-shotts"},
                  "North Lanarkshire"),
              new Region(
                  "dumfries-galloway",
                  "Dumfries and Galloway",
                  List.of("Dumfries and Galloway"),
                  new String[] {"hmp-dumfries"},
                  "Dumfries and Galloway"));
      for (Region region : regions) {
        ServiceSpec spec =
            service("dwp", region.key(), "Prison work coach, " + region.label())
                .description(
                    "A Jobcentre Plus work coach meets people in custody to start a Universal"
                        + " Credit claim before release, arranges an advance and the first"
                        + " appointment at the local Jobcentre, and offers job search support.")
                .needs("benefits-and-income.universal-credit", "employment-and-skills.job-search")
                .covers(region.covers())
                .inReach(region.prisons())
                .atOffice(region.base())
                .routes("self", "Link Centre", "prison officer", "any professional")
                .documents("photo ID if you have it", "bank details", "National Insurance number")
                .waiting("Claims started up to 6 weeks before liberation");
        if (region.key().equals("dumfries-galloway")) {
          spec.status("temporarily closed")
              .criteria(
                  "Post vacant: claims for HMP Dumfries are made on the day of release at the"
                      + " Dumfries Jobcentre.")
              .verified(TODAY.minusDays(40));
        }
      }
      service("dwp", "fife", "Jobcentre Plus Glenrothes, Universal Credit on release")
          .description(
              "Jobcentre Plus in Glenrothes books a first appointment for people released to"
                  + " Fife and helps finish a Universal Credit claim started in custody.")
          .needs("benefits-and-income.universal-credit")
          .covers("Fife")
          .atOffice("Fife")
          .routes("self", "Link Centre", "any professional")
          .documents("photo ID if you have it", "bank details", "release letter")
          .verified(TODAY.minusDays(60));
      service(
              "social-security-scotland",
              "local-delivery",
              "Local delivery: help to apply for Scottish benefits")
          .description(
              "Local delivery advisers help people apply for Adult Disability Payment and other"
                  + " Scottish benefits, by phone, video call or at a local venue.")
          .needs("benefits-and-income.disability-benefits")
          .covers(ALL)
          .byPhone()
          .routes("self", "any professional")
          .languages("English", "British Sign Language", "Polish", "Arabic", "Scottish Gaelic")
          .hours("Mon–Fri 8am–6pm");
      service(
              "social-security-scotland",
              "prison-applications",
              "Adult Disability Payment applications in custody")
          .description(
              "Advisers visit establishments so that disabled people can apply before release and"
                  + " receive payments from the day they leave.")
          .needs("benefits-and-income.disability-benefits")
          .covers(ALL)
          .inReach(
              "hmp-barlinnie", "hmp-edinburgh", "hmp-perth", "hmp-yoi-stirling", "hmp-yoi-grampian")
          .atOffice("Dundee City")
          .routes("Link Centre", "prison healthcare", "any professional")
          .verified(TODAY.minusDays(520));
      service("fife-welfare", "uc-on-release", "Help with Universal Credit on release, Fife")
          .description(
              "Welfare rights officers help people released to Fife complete a Universal Credit"
                  + " claim, challenge sanctions and apply to the Scottish Welfare Fund.")
          .needs("benefits-and-income.universal-credit", "benefits-and-income.crisis-grants")
          .covers("Fife")
          .atOffice("Fife")
          .routes("self", "CJSW", "any professional")
          .verified(TODAY.minusDays(30));
      service(
              "fife-college",
              "learning-in-custody",
              "Learning in custody and progression to college")
          .description(
              "College learning centres in prisons offer literacy, numeracy and qualifications,"
                  + " and a progression adviser helps learners enrol at a college near home"
                  + " before release.")
          .needs("education.literacy-and-numeracy", "education.college-access")
          .covers(ALL)
          .inReach(
              "hmp-perth",
              "hmp-edinburgh",
              "hmp-barlinnie",
              "hmp-shotts",
              "hmp-yoi-polmont",
              "hmp-yoi-stirling",
              "hmp-glenochil",
              "hmp-inverness")
          .atOffice("Fife")
          .routes("self", "prison officer", "Link Centre");
      service(
              "fife-college",
              "fife-campus-access",
              "Fife College access courses for adult returners")
          .description(
              "Part-time access courses with a named student adviser for people with"
                  + " convictions, and help applying for bursaries.")
          .needs("education.college-access", "education.literacy-and-numeracy")
          .covers("Fife", "Perth and Kinross", "Clackmannanshire")
          .atOffice("Fife")
          .routes("self", "any professional")
          .documents("photo ID if you have it");
      service("apex", "dumfries-youth-employability", "Apex Dumfries youth employability")
          .description(
              "Employability support for young people with convictions in Dumfries and"
                  + " Galloway; closed when its funding ended in March 2026.")
          .needs("employment-and-skills.job-search", "employment-and-skills.training")
          .covers("Dumfries and Galloway")
          .forOnly("young-people")
          .ages(16, 25)
          .status("inactive")
          .verified(TODAY.minusDays(200));
      service("apex", "fife-employability", "Apex Fife employability and disclosure support")
          .description(
              "One-to-one employability support, CSCS and other tickets, and help to explain"
                  + " convictions to employers.")
          .needs(
              "employment-and-skills.training",
              "employment-and-skills.job-search",
              "justice-and-legal.disclosure")
          .covers("Fife")
          .atOffice("Fife")
          .routes("self", "CJSW", "Jobcentre", "any professional");
      service("apex", "disclosure-line", "Apex disclosure advice line")
          .description(
              "Phone and email advice on what convictions must be disclosed, when they become"
                  + " spent and how to talk about them with employers.")
          .needs("justice-and-legal.disclosure")
          .covers(ALL)
          .byPhone()
          .routes("self", "any professional")
          .hours("Mon–Thu 10am–4pm");
      service("access-to-industry", "edinburgh-connect", "Access to Industry Edinburgh throughcare")
          .description(
              "Learning and employability support that starts at HMP Edinburgh and continues in"
                  + " the community: qualifications, CVs and help into college or work.")
          .needs(
              "employment-and-skills.training",
              "education.college-access",
              "education.literacy-and-numeracy")
          .covers(LOTHIANS)
          .inReach("hmp-edinburgh", "hmp-addiewell")
          .atOffice("City of Edinburgh")
          .routes("self", "Link Centre", "CJSW", "any professional");
      service(
              "access-to-industry",
              "glasgow-employability",
              "Access to Industry Glasgow employability")
          .description(
              "Employability key workers for people with convictions in Glasgow, with work"
                  + " placements through local employers.")
          .needs("employment-and-skills.job-search", "employment-and-skills.work-placements")
          .covers("Glasgow City", "East Dunbartonshire")
          .atOffice("Glasgow City")
          .routes("self", "CJSW", "any professional");
      service(
              "barnardos",
              "youth-employability",
              "Barnardo's youth employability, Glasgow and Clyde")
          .description(
              "Paid work tasters and training for young people aged 16–25 leaving custody,"
                  + " with a keyworker for six months.")
          .needs("employment-and-skills.work-placements", "employment-and-skills.training")
          .covers(GLASGOW_AND_CLYDE)
          .forOnly("young-people")
          .ages(16, 25)
          .inReach("hmp-yoi-polmont")
          .atOffice("Glasgow City")
          .routes("self", "CJSW", "throughcare and aftercare team", "any professional");
      service(
              "new-routes",
              "employability",
              "The Wise Group employability for people with convictions")
          .description(
              "Work coaches and job brokerage in Glasgow, Lanarkshire and Ayrshire for people"
                  + " with convictions, including guaranteed interviews with partner employers.")
          .needs("employment-and-skills.job-search", "employment-and-skills.work-placements")
          .covers(union(List.of("Glasgow City"), LANARKSHIRE, AYRSHIRE))
          .atOffice("Glasgow City", "North Lanarkshire")
          .routes("self", "any professional");
    }

    private void throughcareAndMentoringServices() {
      service("sacro", "nvts", "National Voluntary Throughcare Service")
          .description(
              "Voluntary throughcare for people leaving short sentences or remand anywhere in"
                  + " Scotland, delivered by Sacro and its consortium partners: a worker meets"
                  + " the person before release, can meet them at the gate and supports them for"
                  + " up to six months.")
          .needs(
              "mentoring-and-peer-support.one-to-one-mentoring",
              "practical-basics.gate-pick-up",
              "housing.housing-advice")
          .covers(ALL)
          .forOnly("short-term", "remand")
          .inReach(prisons.keySet().toArray(String[]::new))
          .byPhone()
          .routes("self", "Link Centre", "prison officer", "CJSW", "any professional")
          .criteria(
              "Adults serving under four years or held on remand, who ask for support; referrals"
                  + " ideally 12 weeks before liberation, but late and same-day referrals are"
                  + " taken.")
          .verified(TODAY.minusDays(21));
      service("sacro", "glasgow-accommodation", "Sacro Glasgow accommodation on release")
          .description(
              "Emergency and short-stay supported flats for people released to Glasgow with"
                  + " nowhere to stay, with a support worker until a settled tenancy is found.")
          .needs("housing.emergency", "housing.supported-accommodation")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "CJSW", "any professional")
          .documents("release letter")
          .verified(TODAY.minusDays(45));
      service("sacro", "tayside-mentoring", "Sacro Tayside throughcare mentoring for men")
          .description(
              "Trained mentors meet men in HMP Perth before release, meet them at the gate and"
                  + " support them for up to six months in Dundee.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "practical-basics.gate-pick-up")
          .covers("Dundee City", "Angus")
          .forOnly("men")
          .inReach("hmp-perth")
          .atOffice("Dundee City")
          .routes("self", "Link Centre", "CJSW", "any professional")
          .verified(TODAY.minusDays(80));
      service(
              "sacro",
              "edinburgh-womens-mentoring",
              "Sacro women's throughcare mentoring, Edinburgh")
          .description(
              "One-to-one mentoring for women returning to Edinburgh from HMP Edinburgh and HMP"
                  + " & YOI Stirling, from three months before release to six months after.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring")
          .covers("City of Edinburgh", "Midlothian")
          .forOnly("women")
          .inReach("hmp-edinburgh", "hmp-yoi-stirling")
          .atOffice("City of Edinburgh")
          .routes("self", "Link Centre", "CJSW", "any professional")
          .verified(TODAY.minusDays(33));
      service("sacro", "fife-supported-flats", "Sacro Fife supported accommodation for men")
          .description(
              "Supported flats in Kirkcaldy and Glenrothes for men leaving custody or on HDC,"
                  + " with staff on call overnight.")
          .needs("housing.supported-accommodation")
          .covers("Fife")
          .forOnly("men")
          .atOffice("Fife")
          .routes("CJSW", "housing officer", "Link Centre")
          .capacity("full")
          .waiting("Waiting list: around 10 weeks");
      service("sacro", "borders-womens-flats", "Sacro Borders supported flats for women")
          .description(
              "Two supported flats in Galashiels for women leaving custody; closed while the"
                  + " building is refurbished.")
          .needs("housing.supported-accommodation")
          .covers("Scottish Borders")
          .forOnly("women")
          .atOffice("Scottish Borders")
          .routes("CJSW", "housing officer")
          .status("temporarily closed")
          .verified(TODAY.minusDays(95));
      service("sacro", "hdc-accommodation", "Sacro HDC and licence accommodation, Lothian")
          .description(
              "Supported rooms that give people eligible for Home Detention Curfew or parole an"
                  + " approved address when they have no family home to go to.")
          .needs("housing.supported-accommodation", "justice-and-legal.licence-support")
          .covers(LOTHIANS)
          .forOnly("hdc", "licence")
          .atOffice("City of Edinburgh")
          .routes("CJSW", "prison-based social work")
          .capacity("limited");
      service("sacro", "circles", "Circles of Support and Accountability")
          .description(
              "A circle of trained volunteers meets weekly with a person convicted of a sexual"
                  + " offence after release, to reduce isolation and support safe reintegration.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "safety.safety-planning")
          .covers(union(LOTHIANS, FORTH_VALLEY, List.of("Fife", "Glasgow City")))
          .forOnly("sex-offence-conviction")
          .atOffice("City of Edinburgh", "Glasgow City")
          .routes("CJSW", "police")
          .waiting("Circle formed within 8 weeks");
      service("sacro", "restorative-justice", "Sacro restorative justice service")
          .description(
              "Facilitated restorative meetings and letters between people harmed and people"
                  + " responsible, when both choose to take part.")
          .needs("justice-and-legal.restorative-justice")
          .covers(union(LOTHIANS, List.of("Fife", "Scottish Borders")))
          .atOffice("City of Edinburgh")
          .routes("self", "CJSW", "police", "any professional");
      service("shine", "lothian", "Shine mentoring, Edinburgh and Lothians")
          .description(
              "A Shine mentor meets women in custody up to three months before release, meets"
                  + " them at the gate and supports them for up to six months in the community.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "practical-basics.gate-pick-up")
          .covers(LOTHIANS)
          .forOnly("women")
          .inReach("hmp-edinburgh", "hmp-yoi-stirling")
          .atOffice("City of Edinburgh")
          .routes("self", "Link Centre", "CJSW", "any professional")
          .verified(TODAY.minusDays(14));
      service("shine", "west", "Shine mentoring, Glasgow, Clyde and Lanarkshire")
          .description(
              "Mentoring for women in the Lilias Centre and HMP & YOI Stirling returning to the"
                  + " west of Scotland, through the gate and for six months after.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "practical-basics.gate-pick-up")
          .covers(union(GLASGOW_AND_CLYDE, LANARKSHIRE, AYRSHIRE))
          .forOnly("women")
          .inReach("lilias-centre", "hmp-yoi-stirling")
          .atOffice("Glasgow City");
      service("shine", "north-east", "Shine mentoring, north and east")
          .description(
              "Mentoring for women leaving HMP & YOI Grampian, HMP & YOI Stirling and the Bella"
                  + " Centre for Tayside, Fife, Grampian and the Highlands.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring")
          .covers(union(TAYSIDE, List.of("Fife"), GRAMPIAN, List.of("Highland")))
          .forOnly("women")
          .inReach("hmp-yoi-grampian", "hmp-yoi-stirling", "bella-centre")
          .atOffice("Dundee City", "Aberdeen City");
      service("shine", "remand", "Shine remand mentoring")
          .description(
              "Short-notice mentoring for women held on remand, who can be released from court"
                  + " with no plan: a phone, a first appointment and someone to call.")
          .needs(
              "mentoring-and-peer-support.one-to-one-mentoring",
              "practical-basics.travel-and-phone")
          .covers(union(GLASGOW_AND_CLYDE, LOTHIANS, TAYSIDE))
          .forOnly("women", "remand")
          .inReach("hmp-yoi-stirling", "hmp-edinburgh")
          .byPhone()
          .routes("self", "court social work", "Link Centre", "defence agent");
      service("new-routes", "tayside", "New Routes mentoring, Tayside")
          .description(
              "Mentors with lived experience meet men in HMP Perth and Castle Huntly before"
                  + " release, pick them up at the gate and help with housing, benefits and"
                  + " appointments for up to six months.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "practical-basics.gate-pick-up")
          .covers(TAYSIDE)
          .forOnly("men")
          .inReach("hmp-perth", "hmp-castle-huntly")
          .atOffice("Dundee City")
          .routes("self", "Link Centre", "prison officer", "CJSW")
          .verified(TODAY.minusDays(50));
      service("new-routes", "glasgow-clyde", "New Routes mentoring, Glasgow and Clyde")
          .description(
              "Through-the-gate mentoring for men leaving Barlinnie, Low Moss and Greenock for"
                  + " the west of Scotland.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "practical-basics.gate-pick-up")
          .covers(union(GLASGOW_AND_CLYDE, LANARKSHIRE))
          .forOnly("men")
          .inReach("hmp-barlinnie", "hmp-low-moss", "hmp-greenock")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "prison officer", "CJSW");
      service(
              "new-routes",
              "lothian-forth-valley",
              "New Routes mentoring, Lothian and Forth Valley")
          .description("Mentoring for men leaving HMP Edinburgh, HMP Addiewell and HMP Glenochil.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring")
          .covers(union(LOTHIANS, FORTH_VALLEY))
          .forOnly("men")
          .inReach("hmp-edinburgh", "hmp-addiewell", "hmp-glenochil")
          .atOffice("City of Edinburgh")
          .routes("self", "Link Centre", "prison officer");
      service("new-routes", "north", "New Routes mentoring, Grampian and Highland")
          .description(
              "Mentoring for men leaving HMP & YOI Grampian and HMP Inverness, often by phone"
                  + " for people going home to rural areas.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring")
          .covers(union(GRAMPIAN, List.of("Highland")))
          .forOnly("men")
          .inReach("hmp-yoi-grampian", "hmp-inverness")
          .atOffice("Aberdeen City")
          .capacity("full")
          .waiting("Waiting list: 4–6 weeks");
      service("apex", "dundee-mentoring", "Apex Dundee throughcare mentoring")
          .description(
              "Mentoring and practical support after release for people returning to Dundee,"
                  + " alongside Apex's employability programme.")
          .needs(
              "mentoring-and-peer-support.one-to-one-mentoring", "employment-and-skills.job-search")
          .covers("Dundee City")
          .atOffice("Dundee City")
          .routes("self", "CJSW", "Link Centre", "any professional")
          .verified(TODAY.minusDays(70));
      service("venture-trust", "womens-programme", "Venture Trust women's programme, Edinburgh")
          .description(
              "One-to-one outreach and outdoor group programmes for women affected by the"
                  + " justice system, building confidence and planning next steps.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "mental-health.trauma-support")
          .covers("City of Edinburgh", "East Lothian", "West Lothian")
          .forOnly("women")
          .atOffice("City of Edinburgh")
          .routes("self", "CJSW", "any professional")
          .verified(TODAY.minusDays(100));
      service("venture-trust", "next-steps", "Venture Trust Next Steps for young people")
          .description(
              "Community outreach and a wilderness journey for young people who have been in"
                  + " custody, followed by support into training, volunteering or work.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "mental-health.counselling")
          .covers(ALL)
          .forOnly("young-people")
          .ages(18, 25)
          .byPhone()
          .routes("self", "CJSW", "Link Centre", "any professional");
      service("venture-trust", "living-wild", "Venture Trust Living Wild")
          .description(
              "Outdoor personal development for adults on community orders or recently released,"
                  + " with follow-up outreach at home.")
          .needs("mentoring-and-peer-support", "mental-health")
          .covers(union(GLASGOW_AND_CLYDE, LOTHIANS, FORTH_VALLEY))
          .atOffice("Glasgow City")
          .routes("CJSW", "any professional")
          .status("inactive")
          .verified(TODAY.minusDays(900));
      service("pppf", "peer-support", "Peer support through the gate")
          .description(
              "Peer workers with lived experience of prison stay in touch from custody to the"
                  + " community and run weekly peer groups in several towns.")
          .needs("mentoring-and-peer-support.peer-support")
          .covers(ALL)
          .byPhone()
          .inReach("hmp-barlinnie", "hmp-edinburgh", "hmp-perth", "hmp-low-moss")
          .routes("self", "any professional");
      service("pppf", "first-timers", "First time inside: peer support")
          .description(
              "Peer mentors meet people in custody for the first time, explain how things work"
                  + " and keep in contact after release.")
          .needs("mentoring-and-peer-support.peer-support", "family.family-contact")
          .covers(ALL)
          .forOnly("first-custody")
          .inReach("hmp-barlinnie", "hmp-edinburgh", "hmp-yoi-polmont")
          .byPhone()
          .routes("self", "prison officer", "Link Centre");
      service("pppf", "lived-experience-forum", "Lived experience forum")
          .description(
              "Monthly forum where people with convictions shape local services and speak to"
                  + " commissioners.")
          .needs("mentoring-and-peer-support.peer-support")
          .covers(union(LOTHIANS, List.of("Glasgow City", "Dundee City")))
          .atOffice("City of Edinburgh")
          .hours("First Thursday of the month, 6pm–8pm")
          .verified(TODAY.minusDays(460));
      service(
              "barnardos",
              "polmont-throughcare",
              "Barnardo's throughcare for young people, Polmont")
          .description(
              "Keyworkers meet young people in HMP & YOI Polmont and support them home, with a"
                  + " focus on accommodation, education and family.")
          .needs(
              "mentoring-and-peer-support.one-to-one-mentoring",
              "housing.housing-advice",
              "education.college-access")
          .covers(union(GLASGOW_AND_CLYDE, LANARKSHIRE, FORTH_VALLEY))
          .forOnly("young-people")
          .ages(16, 25)
          .inReach("hmp-yoi-polmont")
          .atOffice("Glasgow City", "Falkirk")
          .routes("self", "Link Centre", "CJSW", "throughcare and aftercare team");
      service("barnardos", "care-leavers", "Barnardo's throughcare for care leavers")
          .description(
              "Support for care-experienced young people leaving custody, working with their"
                  + " corporate parents to secure housing, money and continuing care.")
          .needs(
              "housing.housing-advice",
              "benefits-and-income",
              "mentoring-and-peer-support.one-to-one-mentoring")
          .covers(union(GLASGOW_AND_CLYDE, LOTHIANS, TAYSIDE))
          .forOnly("care-experienced", "young-people")
          .ages(16, 25)
          .inReach("hmp-yoi-polmont", "hmp-yoi-stirling")
          .atOffice("Glasgow City", "City of Edinburgh")
          .routes("self", "throughcare and aftercare team", "CJSW", "any professional");
      service(
              "action-for-children",
              "youth-justice",
              "Action for Children youth justice throughcare")
          .description(
              "Intensive support for young men aged 18–25 returning from HMP & YOI Polmont to"
                  + " Ayrshire and Lanarkshire, with evening and weekend contact.")
          .needs("mentoring-and-peer-support.one-to-one-mentoring", "safety.exploitation")
          .covers(union(AYRSHIRE, LANARKSHIRE))
          .forOnly("young-people", "men")
          .ages(18, 25)
          .inReach("hmp-yoi-polmont")
          .atOffice("South Ayrshire", "North Lanarkshire")
          .routes("CJSW", "Link Centre", "any professional");
      service(
              "who-cares",
              "advocacy",
              "Independent advocacy for care-experienced people in custody")
          .description(
              "Advocates help care-experienced people use their rights to aftercare and"
                  + " continuing care, before and after release.")
          .needs("justice-and-legal.legal-advice", "housing.housing-advice")
          .covers(ALL)
          .forOnly("care-experienced")
          .byPhone()
          .inReach("hmp-yoi-polmont", "hmp-yoi-stirling", "hmp-barlinnie")
          .routes("self", "any professional");
      service("poppyscotland", "veterans-in-custody", "Veterans in custody support")
          .description(
              "Welfare caseworkers help veterans in custody claim armed forces pensions and"
                  + " grants, and link them to veterans' housing and mental health services.")
          .needs(
              "benefits-and-income",
              "mentoring-and-peer-support.one-to-one-mentoring",
              "mental-health.trauma-support")
          .covers(ALL)
          .forOnly("veteran")
          .byPhone()
          .inReach("hmp-shotts", "hmp-glenochil", "hmp-edinburgh", "hmp-barlinnie")
          .routes("self", "Link Centre", "any professional");
      service("includem", "transitions", "Includem transitions support for young people")
          .description(
              "A 24/7 helpline and intensive worker for young people leaving custody who are at"
                  + " risk of exploitation or of being drawn back into offending.")
          .needs(
              "safety.exploitation",
              "safety.safety-planning",
              "mentoring-and-peer-support.one-to-one-mentoring")
          .covers(union(GLASGOW_AND_CLYDE, List.of("Dundee City", "Fife")))
          .forOnly("young-people")
          .ages(16, 25)
          .atOffice("Glasgow City", "Dundee City")
          .routes("CJSW", "throughcare and aftercare team", "any professional")
          .hours("Helpline 24 hours; workers 7 days");
      service("prison-fellowship", "mentoring", "Prison Fellowship volunteer mentoring")
          .description(
              "Volunteers from local churches visit people in custody and offer befriending"
                  + " after release, whatever their faith or none.")
          .needs("mentoring-and-peer-support", "family.family-contact")
          .covers(union(LOTHIANS, GLASGOW_AND_CLYDE))
          .inReach("hmp-edinburgh", "hmp-barlinnie")
          .atOffice("City of Edinburgh")
          .routes("self", "chaplaincy")
          .verified(TODAY.minusDays(1010));
    }

    private void adviceFamilyAndSafetyServices() {
      service("cab-edinburgh", "hmp-edinburgh-advice", "Citizens Advice at HMP Edinburgh")
          .description(
              "Weekly advice sessions in the Link Centre on benefits, debt and tenancies, with"
                  + " follow-up at the bureau after release.")
          .needs(
              "benefits-and-income.universal-credit",
              "money-and-debt.debt-advice",
              "housing.housing-advice")
          .covers("City of Edinburgh", "Midlothian", "East Lothian")
          .inReach("hmp-edinburgh")
          .atOffice("City of Edinburgh")
          .routes("self", "Link Centre", "prison officer");
      service("cab-edinburgh", "money-advice", "Edinburgh money advice")
          .description("Debt advice, budgeting help and bank account support at the bureau.")
          .needs(
              "money-and-debt.debt-advice",
              "money-and-debt.budgeting",
              "id-and-documents.bank-account")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .languages("English", "Polish", "Arabic", "Mandarin");
      service("cab-glasgow", "release-advice", "Advice after release, Glasgow Central")
          .description(
              "Drop-in and booked appointments for people released in the last three months:"
                  + " Universal Credit problems, crisis grants, fines and rent arrears.")
          .needs(
              "benefits-and-income.universal-credit",
              "benefits-and-income.crisis-grants",
              "money-and-debt.debt-advice")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .languages("English", "Urdu", "Polish")
          .routes("self", "any professional");
      service("cab-glasgow", "id-documents", "ID and bank account help, Glasgow Central")
          .description(
              "Help to order a birth certificate, apply for a photo ID card and open a basic"
                  + " bank account.")
          .needs(
              "id-and-documents.birth-certificate",
              "id-and-documents.photo-id",
              "id-and-documents.bank-account")
          .covers("Glasgow City", "East Dunbartonshire", "East Renfrewshire")
          .atOffice("Glasgow City")
          .documents("any ID you have", "release letter")
          .cost("free; the birth certificate fee can be paid from a crisis grant");
      service("cab-dundee", "welfare-rights", "Dundee welfare rights for people leaving custody")
          .description(
              "A welfare rights caseworker takes referrals from justice services and the Bella"
                  + " Centre, and helps with benefits, debts and energy arrears.")
          .needs(
              "benefits-and-income.universal-credit",
              "money-and-debt.debt-advice",
              "benefits-and-income.disability-benefits")
          .covers("Dundee City", "Angus")
          .inReach("bella-centre")
          .atOffice("Dundee City")
          .routes("self", "CJSW", "any professional");
      service(
              "cab-fife",
              "release-benefits",
              "Citizens Advice and Rights Fife, benefits on release")
          .description(
              "Help to finish a Universal Credit claim, request an advance and apply for"
                  + " Scottish benefits, at offices across Fife and by phone.")
          .needs("benefits-and-income.universal-credit", "benefits-and-income.disability-benefits")
          .covers("Fife")
          .atOffice("Fife")
          .byPhone()
          .routes("self", "any professional")
          .verified(TODAY.minusDays(90));
      service("cab-fife", "debt", "Citizens Advice and Rights Fife, money advice")
          .description("Debt and budgeting advice, including fines and council tax arrears.")
          .needs("money-and-debt.debt-advice", "money-and-debt.budgeting")
          .covers("Fife")
          .atOffice("Fife");
      service("stepchange", "debt-advice", "StepChange debt advice")
          .description(
              "Free debt advice by phone and online, including debt payment programmes and"
                  + " sequestration options under Scots law.")
          .needs("money-and-debt.debt-advice", "money-and-debt.budgeting")
          .covers(ALL)
          .byPhone()
          .hours("Mon–Fri 8am–8pm, Sat 8am–4pm")
          .languages("English", "Language Line interpreters on request");
      service("govan-law-centre", "legal-advice", "Govan Law Centre legal advice")
          .description(
              "Free legal advice and representation on homelessness, eviction, debt and family"
                  + " law for people in Glasgow.")
          .needs(
              "justice-and-legal.legal-advice",
              "housing.housing-advice",
              "money-and-debt.debt-advice")
          .covers("Glasgow City", "Renfrewshire", "East Renfrewshire")
          .atOffice("Glasgow City")
          .routes("self", "any professional");
      service("shelter", "helpline", "Shelter Scotland housing advice helpline")
          .description(
              "National helpline giving housing and homelessness advice, including rights on"
                  + " release and how to make a homeless application.")
          .needs("housing.housing-advice")
          .covers(ALL)
          .byPhone()
          .hours("Mon–Fri 9am–5pm")
          .waiting("No wait; call-backs within 2 working days at busy times");
      service("shelter", "prisoner-advice", "Shelter Scotland advice for people in custody")
          .description(
              "Advice by letter and prison phone on keeping a tenancy during a sentence and on"
                  + " homelessness rights on release.")
          .needs("housing.housing-advice", "housing.tenancy-sustainment")
          .covers(ALL)
          .byPhone()
          .routes("self", "Link Centre", "prison officer")
          .status("inactive")
          .verified(TODAY.minusDays(610));
      service("families-outside", "helpline", "Families Outside support and information helpline")
          .description(
              "Free, confidential helpline for anyone with a family member in prison: visits,"
                  + " release, money and how to talk to children about imprisonment.")
          .needs("family.family-support", "family.family-contact")
          .covers(ALL)
          .byPhone()
          .routes("self", "any professional")
          .hours("Mon–Fri 9am–5pm; text line answered the next working day")
          .verified(TODAY.minusDays(12));
      service(
              "families-outside",
              "family-support-tayside",
              "Family support workers, Tayside and Fife")
          .description(
              "Family support workers help families prepare for release, keep in contact and"
                  + " rebuild relationships, including parenting support.")
          .needs("family.family-support", "family.parenting", "family.family-contact")
          .covers(union(TAYSIDE, List.of("Fife")))
          .forOnly("parent")
          .inReach("hmp-perth", "bella-centre")
          .atOffice("Dundee City");
      service("families-outside", "visitor-centres", "Family support at visitor centres, Glasgow")
          .description(
              "Family support staff at the visitor centres of Barlinnie and Low Moss, with a"
                  + " quiet room and help with travel costs.")
          .needs("family.family-support", "family.family-contact")
          .covers(GLASGOW_AND_CLYDE)
          .inReach("hmp-barlinnie", "hmp-low-moss")
          .routes("self");
      service("circle", "families-affected", "Circle families affected by imprisonment")
          .description(
              "Family support for children and parents affected by imprisonment in Edinburgh"
                  + " and West Lothian, with play sessions and release planning.")
          .needs("family.family-support", "family.parenting")
          .covers("City of Edinburgh", "West Lothian")
          .inReach("hmp-edinburgh", "hmp-addiewell")
          .atOffice("City of Edinburgh")
          .routes("self", "any professional");
      service("sfad", "helpline", "Scottish Families Affected by Alcohol & Drugs helpline")
          .description(
              "Helpline and local family support for people worried about a relative's alcohol"
                  + " or drug use, including around release.")
          .needs("family.family-support")
          .covers(ALL)
          .byPhone()
          .hours("Mon–Fri 9am–9pm");
      service("action-for-children", "highland-mothers", "Highland mothers' support after custody")
          .description(
              "Parenting and family support for mothers returning to the Highlands, working with"
                  + " children's services towards contact or reunification.")
          .needs("family.parenting", "family.family-contact")
          .covers("Highland", "Moray")
          .forOnly("women", "parent")
          .inReach("hmp-yoi-stirling", "hmp-yoi-grampian")
          .atOffice("Highland")
          .routes("self", "social work", "any professional");
      service("action-for-children", "fathers-glasgow", "Fathers' group, Glasgow")
          .description(
              "A parenting group for fathers in Barlinnie and after release, with supported"
                  + " family days.")
          .needs("family.parenting")
          .covers("Glasgow City", "North Lanarkshire")
          .forOnly("men", "parent")
          .inReach("hmp-barlinnie")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "any professional");
      service("grampian-womens-aid", "outreach", "Grampian Women's Aid outreach and refuge")
          .description(
              "Outreach, safety planning and refuge for women and children experiencing domestic"
                  + " abuse in Aberdeen, Aberdeenshire and Moray, including women leaving"
                  + " custody.")
          .needs("safety.domestic-abuse", "safety.safety-planning")
          .covers(GRAMPIAN)
          .forOnly("women")
          .atOffice("Aberdeen City", "Aberdeenshire")
          .routes("self", "police", "any professional")
          .hours("Mon–Fri 9am–5pm; refuge staffed 24 hours");
      service("samh", "glasgow-wellbeing", "SAMH community wellbeing, Glasgow")
          .description(
              "Short-term mental health support and counselling for adults, including people"
                  + " released from custody who are not open to a community mental health team.")
          .needs("mental-health.counselling", "mental-health.crisis-support")
          .covers("Glasgow City", "West Dunbartonshire")
          .atOffice("Glasgow City")
          .routes("self", "GP", "any professional");
      service("samh", "aberdeen-wellbeing", "SAMH community wellbeing, Aberdeen")
          .description("Wellbeing groups and one-to-one support for adults in Aberdeen.")
          .needs("mental-health.counselling")
          .covers("Aberdeen City", "Aberdeenshire")
          .atOffice("Aberdeen City")
          .routes("self", "GP", "any professional");
      service("samh", "tayside-justice", "SAMH justice mental health service, Tayside")
          .description(
              "Mental health workers for people on orders or on licence in Tayside, working"
                  + " alongside justice social work.")
          .needs("mental-health.counselling", "mental-health.trauma-support")
          .covers(TAYSIDE)
          .forOnly("licence")
          .atOffice("Dundee City", "Perth and Kinross")
          .routes("CJSW");
    }

    private void housingSupportAndBasicsServices() {
      service(
              "simon-community",
              "glasgow-release-hub",
              "Glasgow access hub: accommodation on release")
          .description(
              "The access hub finds a bed for people released to Glasgow with nowhere to stay and"
                  + " stays in touch until they are in settled accommodation.")
          .needs("housing.emergency", "housing.housing-advice")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "any professional")
          .hours("7 days, 8am–10pm")
          .verified(TODAY.minusDays(25));
      service("simon-community", "edinburgh-hub", "Edinburgh access hub")
          .description(
              "Drop-in hub with street work, emergency accommodation referrals and a phone"
                  + " charging point.")
          .needs("housing.emergency", "practical-basics.travel-and-phone")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .hours("7 days, 9am–9pm");
      service("simon-community", "gate-pick-up", "Simon Community gate pick-up, Glasgow")
          .description(
              "Peer navigators meet people leaving Barlinnie and Low Moss at the gate and go with"
                  + " them to housing, pharmacy and benefits appointments on the first day.")
          .needs("practical-basics.gate-pick-up", "mentoring-and-peer-support.peer-support")
          .covers("Glasgow City")
          .forOnly("homeless-on-release")
          .inReach("hmp-barlinnie", "hmp-low-moss")
          .routes("Link Centre", "CJSW", "prison officer");
      service(
              "salvation-army",
              "glasgow-emergency-beds",
              "Glasgow emergency accommodation on release")
          .description(
              "Direct-access hostel beds held for people liberated to Glasgow the same day, with"
                  + " support staff on site.")
          .needs("housing.emergency", "housing.supported-accommodation")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "housing officer", "any professional")
          .hours("24 hours")
          .verified(TODAY.minusDays(60));
      service("salvation-army", "glasgow-liberation-bags", "Liberation bags, Glasgow")
          .description(
              "A bag of clothes, toiletries and food for people released to Glasgow, collected"
                  + " from the corps or delivered to the Link Centre.")
          .needs("practical-basics.clothing-and-food")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "any professional")
          .verified(TODAY.minusDays(40));
      service("salvation-army", "inverness-hostel", "Inverness men's supported hostel")
          .description(
              "Supported hostel rooms for men in Inverness, including men released from HMP"
                  + " Inverness with nowhere to go.")
          .needs("housing.supported-accommodation", "housing.emergency")
          .covers("Highland", "Moray")
          .forOnly("men")
          .atOffice("Highland")
          .routes("housing officer", "CJSW", "Link Centre");
      service("salvation-army", "dundee-lifehouse", "Dundee supported accommodation")
          .description("Supported rooms in Dundee for adults who are homeless, men and women.")
          .needs("housing.supported-accommodation")
          .covers("Dundee City", "Angus")
          .atOffice("Dundee City")
          .routes("housing officer", "any professional");
      service("salvation-army", "aberdeen-food", "Aberdeen food and clothing drop-in")
          .description("Weekly drop-in with hot food, clothing and a food bank referral.")
          .needs("practical-basics.clothing-and-food")
          .covers("Aberdeen City")
          .atOffice("Aberdeen City")
          .hours("Tue and Fri 10am–1pm");
      service("glasgow-city-mission", "liberation-packs", "Glasgow City Mission liberation packs")
          .description(
              "Packs of clothing, toiletries and food for people leaving custody to Glasgow, and"
                  + " a hot meal at the mission.")
          .needs("practical-basics.clothing-and-food")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "Link Centre", "chaplaincy", "any professional")
          .verified(TODAY.minusDays(20));
      service("glasgow-city-mission", "night-shelter", "Glasgow winter night shelter")
          .description("Emergency beds in winter for people with no other option.")
          .needs("housing.emergency")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .hours("December to March, 9pm–8am")
          .capacity("limited");
      service("lodging-house-mission", "release-clothing", "Clothing and meals after release")
          .description(
              "Free clothing store and daily lunch for people who are homeless or just released,"
                  + " with a caseworker on weekday mornings.")
          .needs("practical-basics.clothing-and-food")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .hours("Mon–Fri 9am–2pm")
          .verified(TODAY.minusDays(130));
      service("bethany", "supported-housing", "Bethany supported housing, Edinburgh")
          .description(
              "Supported flats and a resettlement team for people moving on from homelessness"
                  + " or custody in Edinburgh and the Lothians.")
          .needs("housing.supported-accommodation", "housing.tenancy-sustainment")
          .covers(LOTHIANS)
          .atOffice("City of Edinburgh")
          .routes("housing officer", "CJSW", "any professional")
          .waiting("2–4 weeks");
      service("bethany", "care-van", "Bethany care van")
          .description("Evening food, clothing and advice from a van in central Edinburgh.")
          .needs("practical-basics.clothing-and-food")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .hours("7 evenings, 7pm–10pm")
          .routes("self");
      service("svr", "veterans-housing", "Supported housing for veterans")
          .description(
              "Supported rooms and flats for veterans, including those leaving custody, in"
                  + " Edinburgh and Glasgow.")
          .needs("housing.supported-accommodation")
          .covers("City of Edinburgh", "Glasgow City")
          .forOnly("veteran")
          .atOffice("City of Edinburgh", "Glasgow City")
          .routes("self", "any professional")
          .documents("proof of service (or we will help you get it)");
      service("turning-point", "218", "218 Service for women")
          .description(
              "Residential and day support for women in the justice system with drug, alcohol"
                  + " or mental health problems, as an alternative to custody and after release.")
          .needs(
              "alcohol-and-drugs.recovery-support",
              "mental-health.trauma-support",
              "housing.supported-accommodation",
              "safety.domestic-abuse")
          .covers("Glasgow City")
          .forOnly("women")
          .inReach("lilias-centre")
          .atOffice("Glasgow City")
          .routes("self", "CJSW", "court", "any professional")
          .capacity("limited");
      service("turning-point", "housing-first", "Housing First, Glasgow")
          .description(
              "A settled tenancy straight from custody or the street, with open-ended support"
                  + " from a small caseload worker.")
          .needs("housing.tenancy-sustainment", "alcohol-and-drugs.recovery-support")
          .covers("Glasgow City")
          .forOnly("homeless-on-release")
          .atOffice("Glasgow City")
          .routes("housing officer", "CJSW")
          .capacity("full")
          .waiting("Waiting list: allocation by the city panel");
      service(
              "turning-point",
              "throughcare-addiction",
              "Throughcare addiction service, Lanarkshire")
          .description(
              "Workers meet people with drug or alcohol problems in custody and support them"
                  + " for twelve weeks after release.")
          .needs("alcohol-and-drugs.recovery-support", "alcohol-and-drugs.harm-reduction")
          .covers(LANARKSHIRE)
          .inReach("hmp-shotts", "hmp-addiewell", "hmp-barlinnie")
          .atOffice("North Lanarkshire")
          .routes("self", "prison healthcare", "Link Centre");
      service("turning-point", "perth-recovery", "Perth recovery and throughcare")
          .description("Recovery support for people in Perth and Kinross, including after release.")
          .needs("alcohol-and-drugs.recovery-support")
          .covers("Perth and Kinross")
          .atOffice("Perth and Kinross")
          .status("temporarily closed")
          .verified(TODAY.minusDays(75));
    }

    private void recoveryAndPeerServices() {
      service("glasgow-recovery", "recovery-cafes", "Glasgow recovery cafés")
          .description(
              "Recovery cafés and groups in each area of the city, run by people in recovery, with"
                  + " a welcome on the day of release.")
          .needs("alcohol-and-drugs.recovery-support", "mentoring-and-peer-support.peer-support")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self")
          .hours("7 days; see the weekly timetable");
      service("glasgow-recovery", "gate-welcome", "Recovery gate welcome, Barlinnie and Low Moss")
          .description(
              "Recovery volunteers meet people in recovery at the gate and take them to a recovery"
                  + " café and their pharmacy.")
          .needs("practical-basics.gate-pick-up", "alcohol-and-drugs.recovery-support")
          .covers("Glasgow City")
          .inReach("hmp-barlinnie", "hmp-low-moss")
          .routes("self", "Link Centre", "prison healthcare");
      service("serenity-cafe", "cafe", "Serenity Café")
          .description(
              "Recovery café in Edinburgh open six days a week, with meals, activities and peer"
                  + " support.")
          .needs(
              "alcohol-and-drugs.recovery-support",
              "mentoring-and-peer-support.peer-support",
              "practical-basics.clothing-and-food")
          .covers("City of Edinburgh", "Midlothian")
          .atOffice("City of Edinburgh")
          .routes("self")
          .hours("Mon–Sat 11am–8pm");
      service("serenity-cafe", "recovery-coaching", "Serenity recovery coaching")
          .description("Peer recovery coaches for people in their first year of recovery.")
          .needs("alcohol-and-drugs.recovery-support")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .verified(TODAY.minusDays(700));
      service("dundee-recovery", "recovery-community", "Dundee recovery community")
          .description(
              "Café, walking groups and recovery coaches in Dundee, with a welcome for people"
                  + " leaving HMP Perth and the Bella Centre.")
          .needs("alcohol-and-drugs.recovery-support", "mentoring-and-peer-support.peer-support")
          .covers("Dundee City")
          .atOffice("Dundee City")
          .routes("self", "any professional");
      service("dundee-recovery", "naloxone-peers", "Peer naloxone distribution, Dundee")
          .description(
              "Peer workers train people and their families to use naloxone and supply kits.")
          .needs("alcohol-and-drugs.harm-reduction")
          .covers("Dundee City", "Angus")
          .atOffice("Dundee City")
          .routes("self");
    }

    /**
     * Smaller local services that fill out the thinner needs, some filed under a top-level need.
     */
    private void smallerLocalServices() {
      service(
              "access-to-industry",
              "glasgow-learning",
              "Access to Industry learning centre, Glasgow")
          .description(
              "Drop-in literacy, numeracy and digital skills sessions, and help to enrol on"
                  + " college courses.")
          .needs("education.literacy-and-numeracy", "education.college-access")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .hours("Mon–Thu 10am–3pm");
      service("access-to-industry", "lilias-learning", "Women's learning and work, Lilias Centre")
          .description(
              "Learning and work preparation for women in the Lilias Centre, continuing in"
                  + " Glasgow after release.")
          .needs("employment-and-skills", "education")
          .covers("Glasgow City", "North Lanarkshire", "South Lanarkshire")
          .forOnly("women")
          .inReach("lilias-centre")
          .routes("self", "Link Centre");
      service("apex", "dundee-digital", "Apex Dundee digital skills")
          .description(
              "Short courses on using a phone, email and online claims, with a device to keep.")
          .needs("education")
          .covers("Dundee City", "Angus")
          .atOffice("Dundee City")
          .routes("self", "CJSW", "any professional");
      service("cab-dundee", "debt-clinic", "Dundee debt clinic")
          .description(
              "Weekly debt clinic for fines, rent arrears and council tax, with a solicitor once a"
                  + " month.")
          .needs("money-and-debt")
          .covers("Dundee City")
          .atOffice("Dundee City")
          .hours("Wed 1pm–5pm");
      service("cab-dundee", "id-help", "ID and paperwork help, Dundee")
          .description("Help to replace lost ID, birth certificates and bank cards after release.")
          .needs("id-and-documents")
          .covers("Dundee City", "Angus", "Perth and Kinross")
          .atOffice("Dundee City")
          .documents("any ID you have", "release letter");
      service("nhs-dg", "health-checks", "Dumfries and Galloway health checks after custody")
          .description(
              "Nurse-led health checks, vaccinations and blood-borne virus testing for people in"
                  + " their first months after release.")
          .needs("physical-health")
          .covers("Dumfries and Galloway")
          .atOffice("Dumfries and Galloway")
          .routes("self", "GP", "CJSW");
      service("nhs-dg", "drug-alcohol-team", "Dumfries and Galloway drug and alcohol team")
          .description("Community prescribing and recovery support across the region.")
          .needs("alcohol-and-drugs")
          .covers("Dumfries and Galloway")
          .atOffice("Dumfries and Galloway")
          .routes("self", "GP", "CJSW", "prison healthcare");
      service("nhs-fife", "gp-registration", "Fife GP registration on release")
          .description(
              "A primary care link worker registers people released to Fife with a practice and"
                  + " books a first appointment.")
          .needs("physical-health.gp-registration", "physical-health.medication-continuity")
          .covers("Fife")
          .atOffice("Fife")
          .routes("prison healthcare", "CJSW", "any professional")
          .documents("release letter");
      service("nhs-tayside", "keep-well", "Keep Well health checks, Dundee")
          .description(
              "Health checks and blood-borne virus testing for people in the justice system.")
          .needs("physical-health.health-checks")
          .covers("Dundee City")
          .atOffice("Dundee City");
      service(
              "nhs-lanarkshire",
              "mental-health-liaison",
              "Lanarkshire justice mental health liaison")
          .description(
              "Mental health nurses who work with justice social work and take referrals for"
                  + " people recently released.")
          .needs("mental-health.crisis-support", "mental-health.counselling")
          .covers(LANARKSHIRE)
          .atOffice("North Lanarkshire")
          .routes("CJSW", "GP");
      service("turning-point", "exploitation", "Glasgow exploitation and cuckooing support")
          .description(
              "Support for people whose homes are taken over or who owe drug debts, including"
                  + " safe moves and work with police.")
          .needs("safety")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .routes("self", "police", "housing officer", "any professional");
      service("action-for-children", "edinburgh-safety", "Young people's safety service, Edinburgh")
          .description(
              "Safety planning and support for young people at risk of exploitation, including"
                  + " after a custodial sentence.")
          .needs("safety.exploitation", "safety.safety-planning")
          .covers("City of Edinburgh", "Midlothian")
          .forOnly("young-people")
          .ages(16, 25)
          .atOffice("City of Edinburgh");
      service("families-outside", "north", "Family support workers, Grampian and Highland")
          .description(
              "Family support workers for families of people in HMP & YOI Grampian and HMP"
                  + " Inverness: visits, phone contact and preparing for release.")
          .needs("family.family-support", "family.family-contact")
          .covers(union(GRAMPIAN, HIGHLAND_AND_ISLANDS))
          .inReach("hmp-yoi-grampian", "hmp-inverness")
          .atOffice("Aberdeen City")
          .routes("self", "any professional");
      service("pppf", "families-group", "Families and friends peer group")
          .description(
              "A monthly peer group for partners and families, run by people who have been there.")
          .needs("family", "mentoring-and-peer-support.peer-support")
          .covers("City of Edinburgh", "Glasgow City")
          .atOffice("City of Edinburgh")
          .routes("self")
          .hours("Last Saturday of the month, 11am–1pm");
      service("glasgow-city-mission", "housing-support", "Glasgow City Mission housing support")
          .description(
              "Caseworkers help people at the mission make homeless applications and move into"
                  + " a tenancy.")
          .needs("housing")
          .covers("Glasgow City")
          .atOffice("Glasgow City");
      service("lodging-house-mission", "practical-help", "Practical help desk")
          .description("Showers, laundry, phone charging and help with forms.")
          .needs("practical-basics")
          .covers("Glasgow City")
          .atOffice("Glasgow City")
          .hours("Mon–Fri 9am–12pm");
      service("simon-community", "phones", "Phones and data on release, Glasgow and Edinburgh")
          .description(
              "A mobile phone with data for people released without one, so services can reach"
                  + " them.")
          .needs("practical-basics.travel-and-phone")
          .covers("Glasgow City", "City of Edinburgh")
          .atOffice("Glasgow City")
          .routes("Link Centre", "any professional");
      service("dundee-recovery", "gate-pick-up", "Recovery gate pick-up, Perth and Bella")
          .description(
              "Recovery volunteers meet people leaving HMP Perth and the Bella Centre for Dundee.")
          .needs("practical-basics.gate-pick-up", "alcohol-and-drugs.recovery-support")
          .covers("Dundee City")
          .inReach("hmp-perth", "bella-centre")
          .routes("self", "Link Centre");
      service("serenity-cafe", "alcohol-group", "Serenity alcohol recovery group")
          .description("Weekly peer group for people in recovery from alcohol.")
          .needs("alcohol-and-drugs.alcohol-support", "mentoring-and-peer-support.peer-support")
          .covers("City of Edinburgh")
          .atOffice("City of Edinburgh")
          .hours("Mon 6pm–8pm");
      service("cjsw-aberdeen-city", "womens-service", "Aberdeen women's justice service")
          .description(
              "Group work and one-to-one support for women on orders or licence in Aberdeen,"
                  + " including domestic abuse and trauma support.")
          .needs("mental-health.trauma-support", "safety.domestic-abuse")
          .covers("Aberdeen City")
          .forOnly("women")
          .atOffice("Aberdeen City")
          .routes("CJSW", "self");
      service("cjsw-glasgow-city", "veterans-liaison", "Glasgow veterans' justice liaison")
          .description(
              "A named worker for veterans on orders or licence, linking to veterans' charities.")
          .needs("justice-and-legal", "mental-health.trauma-support")
          .covers("Glasgow City")
          .forOnly("veteran")
          .routes("CJSW", "self")
          .verified(TODAY.minusDays(400));
      service("housing-highland", "rural-tenancy", "Highland rural tenancy support")
          .description(
              "Tenancy support for people moving into council tenancies outside Inverness.")
          .needs("housing.tenancy-sustainment")
          .covers("Highland")
          .atOffice("Highland")
          .routes("housing officer", "CJSW");
    }

    // --- working relationships ------------------------------------------------------------------

    private void declareRelationships() {
      // Every Link Centre refers to the national throughcare service and to the prison work coach.
      for (String prisonId : prisons.keySet()) {
        String link = "link-" + prisonId;
        refers(
            link,
            "sacro",
            true,
            "National Voluntary Throughcare referrals for short-term and remand liberations");
        refers(link, "dwp", true, "Universal Credit claims started before liberation");
      }
      // Justice social work in prisons: the embedded and arms-length models of the evaluation.
      for (String area : JUSTICE_SOCIAL_WORK_AREAS) {
        String cjsw = "cjsw-" + slug(area);
        for (String placement : JUSTICE_SOCIAL_WORK_PRISONS.get(area)) {
          String prisonId = placement.substring(0, placement.indexOf(':'));
          boolean embedded = placement.endsWith(":embedded");
          worksIn(
              cjsw,
              prisonId,
              embedded
                  ? "embedded: office in the Link Centre, one or two days a week; updates PR2"
                      + " after pre-release meetings"
                  : "arms-length: visits for pre-release meetings, held in the agents' rooms");
          shares(
              "link-" + prisonId,
              cjsw,
              embedded ? "PR2 read access" : "secure email (egress)",
              embedded
                  ? "CJSW staff read and update PR2 in the Link Centre"
                  : "Link Centre sends release dates and CIP updates by secure email");
          refers("link-" + prisonId, cjsw, true, "Statutory and voluntary throughcare referrals");
        }
        if (HOUSING_OPTIONS_PRISONS.containsKey(area)) {
          String housing = "housing-" + slug(area);
          refers(cjsw, housing, true, "Homeless applications for people due for release");
          shares(
              housing, cjsw, "information sharing protocol", "SHORE information sharing protocol");
        }
      }
      // Housing options teams visit prisons and take referrals from the Link Centres.
      for (var entry : HOUSING_OPTIONS_PRISONS.entrySet()) {
        String housing = "housing-" + slug(entry.getKey());
        for (String prisonId : entry.getValue()) {
          refers(
              "link-" + prisonId, housing, true, "SHORE notifications 8 weeks before liberation");
        }
        worksIn(
            housing,
            entry.getValue().get(0),
            "housing options surgery in the Link Centre every fortnight");
      }
      // Prison healthcare: each health board works in its establishments.
      String[][] healthcare = {
        {"nhs-ggc", "hmp-barlinnie", "hmp-low-moss", "hmp-greenock", "lilias-centre"},
        {"nhs-lothian", "hmp-edinburgh", "hmp-addiewell"},
        {"nhs-tayside", "hmp-perth", "hmp-castle-huntly", "bella-centre"},
        {"nhs-grampian", "hmp-yoi-grampian"},
        {"nhs-highland", "hmp-inverness"},
        {"nhs-forth-valley", "hmp-glenochil", "hmp-yoi-polmont", "hmp-yoi-stirling"},
        {"nhs-dg", "hmp-dumfries"},
        {"nhs-lanarkshire", "hmp-shotts"},
        {"nhs-ayrshire", "hmp-kilmarnock"}
      };
      for (String[] row : healthcare) {
        for (int i = 1; i < row.length; i++) {
          worksIn(row[0], row[i], "prison healthcare provider");
        }
      }
      shares(
          "nhs-ggc",
          "nhs-lanarkshire",
          "secure email (egress)",
          "prescribing handover for people released to Lanarkshire");
      shares(
          "nhs-tayside",
          "nhs-fife",
          "secure email (egress)",
          "prescribing handover for people released from HMP Perth to Fife");
      shares(
          "nhs-highland",
          "nhs-grampian",
          "secure email (egress)",
          "handover between HMP Inverness and Moray services");
      shares(
          "nhs-forth-valley",
          "nhs-ggc",
          "secure email (egress)",
          "women's prescribing handover from HMP & YOI Stirling");
      shares(
          "link-hmp-yoi-stirling",
          "nhs-forth-valley",
          "PR2 read access",
          "healthcare release dates");
      // Third-sector in-reach into prisons.
      worksIn("sacro", "hmp-barlinnie", "NVTS caseworkers based in the Link Centre");
      worksIn("sacro", "hmp-edinburgh", "NVTS caseworkers based in the Link Centre");
      worksIn("sacro", "hmp-perth", "NVTS and Tayside mentors visit twice a week");
      worksIn("shine", "hmp-yoi-stirling", "mentors have a weekly session in the Link Centre");
      worksIn("shine", "hmp-yoi-grampian", "mentor visits on request");
      worksIn("shine", "hmp-edinburgh", "weekly session in the women's hall");
      worksIn("new-routes", "hmp-barlinnie", "mentors in the Link Centre daily");
      worksIn("new-routes", "hmp-perth", "mentors in the Link Centre three days a week");
      worksIn("new-routes", "hmp-low-moss", "mentors in the Link Centre daily");
      worksIn("families-outside", "hmp-barlinnie", "family support worker at the visitor centre");
      worksIn("barnardos", "hmp-yoi-polmont", "keyworkers in the throughcare unit");
      worksIn("dwp", "hmp-barlinnie", "prison work coach two days a week");
      worksIn("dwp", "hmp-perth", "prison work coach weekly");
      worksIn("fife-college", "hmp-perth", "learning centre contract");
      worksIn("fife-college", "hmp-yoi-polmont", "learning centre contract");
      // The National Voluntary Throughcare Service consortium, led by Sacro since April 2025.
      for (String partner :
          List.of(
              "access-to-industry",
              "action-for-children",
              "apex",
              "barnardos",
              "circle",
              "families-outside",
              "turning-point")) {
        partners(
            "sacro", partner, true, "National Voluntary Throughcare Service consortium partner");
      }
      partners("shine", "sacro", true, "Shine partnership: Sacro is lead partner");
      partners("shine", "apex", true, "Shine partnership member");
      partners("shine", "access-to-industry", true, "Shine partnership member");
      partners("new-routes", "turning-point", true, "New Routes delivery partner");
      partners("cjsw-glasgow-city", "turning-point", true, "joint delivery of the 218 Service");
      partners("cjsw-city-of-edinburgh", "nhs-lothian", true, "Willow is jointly staffed");
      partners("cjsw-city-of-edinburgh", "sacro", true, "Willow is jointly staffed");
      partners("simon-community", "glasgow-recovery", false, "shared drop-in space one day a week");
      partners("families-outside", "sfad", false, "joint training for family support workers");
      partners("pppf", "serenity-cafe", false, "peer groups held at the café");
      partners("nhs-tayside", "dundee-adp", true, "ADP commissioning partner");
      partners(
          "salvation-army", "glasgow-city-mission", false, "share a liberation-day rota in winter");
      partners("venture-trust", "cjsw-city-of-edinburgh", false, "joint referral panel");
      // Referral chains in practice: Link Centre → throughcare → housing → accommodation.
      refers(
          "sacro",
          "housing-glasgow-city",
          true,
          "homeless applications for NVTS clients released to Glasgow");
      refers("housing-glasgow-city", "simon-community", true, "access hub placements");
      refers("housing-glasgow-city", "salvation-army", true, "emergency hostel beds");
      refers("housing-glasgow-city", "turning-point", true, "Housing First allocations panel");
      refers("simon-community", "glasgow-city-mission", false, "clothing and meals");
      refers("sacro", "housing-dundee-city", true, "homeless applications for Tayside releases");
      refers("housing-dundee-city", "salvation-army", true, "supported accommodation in Dundee");
      refers(
          "sacro", "housing-city-of-edinburgh", true, "homeless applications for Lothian releases");
      refers("housing-city-of-edinburgh", "bethany", true, "supported flats");
      refers("housing-city-of-edinburgh", "simon-community", false, "access hub");
      refers("sacro", "housing-fife", true, "homeless applications for Fife releases");
      refers("housing-fife", "fife-welfare", false, "help with housing costs claims");
      refers("housing-highland", "salvation-army", true, "Inverness hostel");
      refers("link-hmp-barlinnie", "new-routes", true, "mentoring for short-term men");
      refers("link-hmp-low-moss", "new-routes", true, "mentoring for short-term men");
      refers("link-hmp-perth", "new-routes", true, "mentoring for short-term men");
      refers("link-hmp-perth", "apex", false, "employability and mentoring in Dundee");
      refers("link-hmp-yoi-stirling", "shine", true, "women's mentoring");
      refers("link-lilias-centre", "shine", true, "women's mentoring");
      refers("link-bella-centre", "shine", true, "women's mentoring");
      refers("link-hmp-edinburgh", "shine", true, "women's mentoring");
      refers("link-hmp-edinburgh", "cab-edinburgh", false, "advice sessions in the Link Centre");
      refers("link-hmp-yoi-polmont", "barnardos", true, "young people's throughcare");
      refers("link-hmp-yoi-polmont", "action-for-children", true, "youth justice throughcare");
      refers(
          "link-hmp-yoi-polmont", "who-cares", false, "advocacy for care-experienced young people");
      refers("link-hmp-barlinnie", "glasgow-city-mission", false, "liberation packs");
      refers("link-hmp-barlinnie", "salvation-army", false, "liberation bags");
      refers("link-hmp-barlinnie", "glasgow-recovery", false, "recovery gate welcome");
      refers(
          "link-hmp-barlinnie", "families-outside", false, "family support at the visitor centre");
      refers("link-hmp-shotts", "poppyscotland", false, "veterans in custody");
      refers("link-hmp-inverness", "nhs-highland", true, "drug and alcohol throughcare");
      refers(
          "link-hmp-yoi-grampian",
          "grampian-womens-aid",
          false,
          "domestic abuse support for women");
      refers("link-hmp-edinburgh", "circle", false, "family support");
      refers("link-hmp-addiewell", "access-to-industry", false, "learning and employability");
      refers(
          "link-hmp-castle-huntly", "new-routes", false, "mentoring for men returning to Tayside");
      refers("link-hmp-kilmarnock", "nhs-ayrshire", true, "healthcare handover");
      refers("link-hmp-dumfries", "nhs-dg", true, "healthcare handover");
      refers("link-hmp-dumfries", "apex", false, "employability (until the youth project closed)");
      refers("link-hmp-glenochil", "fife-college", false, "progression to college");
      refers("cjsw-dundee-city", "new-routes", true, "mentoring for men on voluntary throughcare");
      refers("cjsw-dundee-city", "apex", true, "employability");
      refers("cjsw-dundee-city", "dundee-recovery", false, "recovery community");
      refers("cjsw-dundee-city", "cab-dundee", false, "welfare rights");
      refers("cjsw-fife", "cab-fife", false, "benefits and debt advice");
      refers("cjsw-fife", "apex", true, "employability");
      refers("cjsw-highland", "nhs-highland", true, "addiction and mental health referrals");
      refers("cjsw-moray", "nhs-grampian", true, "justice pathway referrals");
      refers("cjsw-north-lanarkshire", "turning-point", true, "throughcare addiction service");
      refers("cjsw-north-lanarkshire", "nhs-lanarkshire", true, "addiction recovery team");
      refers("cjsw-perth-and-kinross", "turning-point", false, "Perth recovery (paused)");
      refers("cjsw-west-lothian", "circle", false, "family support");
      refers("cjsw-aberdeen-city", "samh", false, "mental health support");
      refers("cjsw-falkirk", "barnardos", false, "young people's throughcare");
      refers("cjsw-angus", "nhs-tayside", true, "prescribing on release");
      refers("cjsw-city-of-edinburgh", "serenity-cafe", false, "recovery café");
      refers("cjsw-dumfries-and-galloway", "nhs-dg", true, "drug and alcohol team");
      refers("dwp", "cab-glasgow", false, "help with Universal Credit problems");
      refers("dwp", "cab-fife", false, "help with Universal Credit problems");
      refers("dwp", "social-security-scotland", false, "Scottish benefits");
      refers("cab-glasgow", "dwp", false, "advance payment requests");
      refers("families-outside", "sfad", false, "families affected by alcohol and drugs");
      refers("sfad", "families-outside", false, "families with a relative in prison");
      refers("pppf", "glasgow-recovery", false, "recovery cafés");
      refers("nhs-ggc", "glasgow-recovery", false, "recovery cafés after release");
      refers("nhs-lothian", "serenity-cafe", false, "recovery café");
      refers("nhs-tayside", "dundee-recovery", false, "recovery community");
      refers("nhs-tayside", "samh", false, "mental health support for people on licence");
      refers("turning-point", "glasgow-recovery", false, "recovery cafés");
      refers("shine", "grampian-womens-aid", false, "domestic abuse support");
      refers("shine", "families-outside", false, "family contact");
      refers("new-routes", "dwp", false, "benefits appointments");
      refers("venture-trust", "access-to-industry", false, "learning after the programme");
      refers("barnardos", "who-cares", false, "advocacy");
      refers("includem", "barnardos", false, "young people's throughcare");
      refers("action-for-children", "includem", false, "out-of-hours support");
      refers("poppyscotland", "svr", true, "veterans' housing");
      refers("sacro", "shelter", false, "housing advice line");
      refers("bethany", "serenity-cafe", false, "recovery café");
      refers("cab-edinburgh", "shelter", false, "specialist housing advice");
      refers("simon-community", "nhs-ggc", false, "homeless health");
      refers("social-security-scotland", "cab-dundee", false, "appeals and complex cases");
      refers("nhs-fife", "cab-fife", false, "welfare rights");
      refers("fife-welfare", "cab-fife", false, "debt advice");
      refers("cj-glasgow", "cjsw-glasgow-city", true, "community justice outcome improvement plan");
      shares(
          "sacro",
          "new-routes",
          "information sharing protocol",
          "avoid double allocation of mentors");
      shares(
          "sacro", "shine", "information sharing protocol", "avoid double allocation of mentors");
      shares(
          "cjsw-glasgow-city",
          "nhs-ggc",
          "information sharing protocol",
          "Tomorrow's Women health staff");
      shares("dwp", "link-hmp-barlinnie", "phone and secure email", "release dates for claims");
      shares(
          "housing-glasgow-city",
          "simon-community",
          "information sharing protocol",
          "hub placements");
      shares("families-outside", "link-hmp-barlinnie", "phone", "visitor centre concerns");
      // Funding and commissioning.
      funds("sg-cjd", "sacro", "nvts", "national throughcare grant, 2025–2028");
      funds("sg-cjd", "shine", "lothian", "Shine national grant");
      funds("sg-cjd", "shine", "west", "Shine national grant");
      funds("sg-cjd", "shine", "north-east", "Shine national grant");
      funds("sg-cjd", "new-routes", "tayside", "New Routes national grant");
      funds("sg-cjd", "new-routes", "glasgow-clyde", "New Routes national grant");
      funds("sg-cjd", "families-outside", "helpline", "family support grant");
      funds("sg-cjd", "pppf", "peer-support", "lived experience grant");
      funds("sg-cjd", "venture-trust", "next-steps", "national grant");
      funds("sg-cjd", "social-security-scotland", "prison-applications", "pilot funding");
      funds("corra", "glasgow-recovery", "recovery-cafes", "recovery grant");
      funds("corra", "serenity-cafe", "cafe", "recovery grant");
      funds("corra", "dundee-recovery", "recovery-community", "recovery grant");
      funds("corra", "glasgow-city-mission", "liberation-packs", "small grant");
      funds("corra", "salvation-army", "glasgow-liberation-bags", "small grant");
      funds("corra", "bethany", "care-van", "small grant");
      funds("corra", "pppf", "first-timers", "development grant");
      commissions("cj-glasgow", "sacro", "glasgow-accommodation", "release accommodation contract");
      commissions("cj-glasgow", "simon-community", "glasgow-release-hub", "access hub contract");
      commissions("cj-glasgow", "turning-point", "218", "218 Service contract");
      commissions("cj-glasgow", "simon-community", "gate-pick-up", "gate pick-up pilot");
      commissions("cj-dundee", "new-routes", "tayside", "local top-up for Dundee mentors");
      commissions("cj-dundee", "apex", "dundee-mentoring", "throughcare mentoring contract");
      commissions("cj-dundee", "sacro", "tayside-mentoring", "throughcare mentoring contract");
      commissions("dundee-adp", "dundee-recovery", "naloxone-peers", "peer naloxone contract");
      commissions("dundee-adp", "nhs-tayside", "prison-liaison", "prison liaison nurse");
    }
  }
}
