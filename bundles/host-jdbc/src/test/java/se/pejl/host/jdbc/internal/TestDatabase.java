package se.pejl.host.jdbc.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A host database as a municipality's IT might give it: a table with everything the host knows,
 * names and personnummer included, and a view that shows Pejl only what it may see. Public
 * because Derby calls {@link #slow} as a stored function.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private TestDatabase() {}

  /** A fresh in-memory database with the table and the views; returns its URL. */
  static String create() throws SQLException {
    String url = "jdbc:derby:memory:host" + COUNT.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url + ";create=true");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE KLIENT (ID VARCHAR(20) PRIMARY KEY, PERSONNUMMER CHAR(13) NOT NULL,"
          + " NAMN VARCHAR(100) NOT NULL, KON CHAR(1), FODD DATE, KOMMUN CHAR(4) NOT NULL,"
          + " ENHET VARCHAR(100), HANDLAGGARE VARCHAR(50), FODD_TEXT VARCHAR(20))");
      s.execute("INSERT INTO KLIENT VALUES"
          + " ('G-1', '20121212-1212', 'Alva', 'F', '2012-12-12', '1480', 'Stodgruppen Hisingen', 'cw.gbg', '2012-12-12'),"
          + " ('G-2', '20100101-0000', 'Bo', 'M', '2010-01-01', '1480', 'HVB Angered', 'cw.gbg', 'not a date'),"
          + " ('G-3', '20090303-0000', 'Cleo', 'X', '2009-03-03', '1480', NULL, 'cw.other', NULL),"
          + " ('G-4', '20080404-0000', 'Dani', NULL, NULL, '1480', 'HVB Angered', 'cw.gbg', NULL),"
          + " ('T-1', '20110505-0000', 'Ebba', 'F', '2011-05-05', '1407', 'Stodgruppen Tjorn', 'cw.gbg', NULL)");
      s.execute("CREATE VIEW CLIENTS_FOR_PEJL AS SELECT ID AS REF, KON AS GENDER, FODD AS BIRTH_DATE,"
          + " KOMMUN AS MUNICIPALITY, ENHET AS UNIT, HANDLAGGARE AS CASEWORKER FROM KLIENT");
      s.execute("CREATE SCHEMA PEJL");
      s.execute("CREATE VIEW PEJL.HOST_CLIENTS (KLIENT_ID, KON, FODD, KOMMUN, ENHET, HANDLAGGARE) AS"
          + " SELECT ID, KON, FODD, KOMMUN, ENHET, HANDLAGGARE FROM KLIENT WHERE FODD IS NOT NULL");
      s.execute("CREATE FUNCTION PEJL_SLOW(MS INT) RETURNS INT PARAMETER STYLE JAVA NO SQL"
          + " LANGUAGE JAVA EXTERNAL NAME '" + TestDatabase.class.getName() + ".slow'");
      s.execute("CREATE VIEW SLOW_CLIENTS AS SELECT * FROM CLIENTS_FOR_PEJL WHERE PEJL_SLOW(700) = 1");
    }
    return url;
  }

  /** Called by Derby for the slow view: a host that takes its time over every row. */
  public static int slow(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return 1;
  }
}
